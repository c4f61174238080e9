"""People and roles in the browser: invitations, roles, second-factor resets, closing logins,
and the trust's view across its schools."""
