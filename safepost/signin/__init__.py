"""Signing in: passwords (argon2), throttling, the TOTP second factor, re-authentication,
the user's language and API tokens."""
