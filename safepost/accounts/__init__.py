"""Official accounts: applications, SLT decisions, the registry of created accounts, their
logins in the vault, and flags when the people who run them leave."""
