"""Check a candidate profile against a vacancy's minimum requirements and explain why."""

__version__ = "0.1.0"
