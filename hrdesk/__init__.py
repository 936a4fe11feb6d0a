"""hrdesk core: recruitment-process tracking without any GUI dependency."""

__version__ = "0.1.0"
