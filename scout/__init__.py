"""Scout: find, compare and rank remote radiology job offers."""

__version__ = "0.1.0"
