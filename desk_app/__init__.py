"""Partner Desk: an offline-first service desk client for certified business partners."""

__version__ = "0.1.0"
