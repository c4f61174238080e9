"""Consent per pupil per channel, with its full history."""
