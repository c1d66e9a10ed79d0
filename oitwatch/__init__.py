"""oitwatch: keep a Thai agency's OIT public-disclosure items complete and current."""

__version__ = "0.1.0"

__all__ = ["__version__"]
