"""The audit trail: an append-only event table, each row hashing the one before."""
