"""Telephony integrations that need no Qt: the optional SIP listener."""
