"""safepost: live by your school's social media policy."""

__version__ = "0.1.0"
