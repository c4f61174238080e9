"""Fixtures for the connector tests: ``fake_server`` (a bare recorded-response server, fakeserver.py)."""

from tests.connectors.fakeserver import fake_server

__all__ = ["fake_server"]
