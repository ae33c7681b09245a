"""The Request Tracker 5 connector (REST 2.0): `RtConnector`, configured by `RtMapping`.

client.py speaks HTTP and classifies errors, mapping.py holds the field and status mapping,
setup.py creates what the mapping needs, pull.py/tickets.py read tickets, push.py writes
them, articles.py and calls.py handle the knowledge base and call records.
"""

from desk_app.sync.rt.connector import RtConnector
from desk_app.sync.rt.mapping import RtMapping

__all__ = ["RtConnector", "RtMapping"]
