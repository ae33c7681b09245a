"""Sync with the central helpdesk: connector interface, connectors, engine, credentials.

No Qt here. The first connector (Request Tracker 5, REST 2.0) reads the durable outbox that
local_store.outbox fills with every local change, and pulls by an "updated since" cursor kept
in local_store SyncState, committed with the data it covers.
"""
