"""Tenancy and people: organisations, schools, memberships with roles, staff and pupils."""
