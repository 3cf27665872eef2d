"""The Today view: log one day in under a minute."""
