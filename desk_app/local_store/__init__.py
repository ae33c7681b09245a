"""The local store: one SQLite file per workspace (WAL, FTS5), migrations, queries, the outbox.

No Qt here; the UI reaches the store through services that run off the UI thread.
"""
