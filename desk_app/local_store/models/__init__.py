"""All ORM models; importing this module registers every table on Base.metadata."""

from desk_app.local_store.models.billing import HourConfirmation, TimeTimer
from desk_app.local_store.models.calls import Call, PresenceEvent, SurveyAnswer, call_tickets
from desk_app.local_store.models.knowledge import Article, CannedResponse, KbCategory
from desk_app.local_store.models.org import (
    Company,
    Contract,
    Person,
    Team,
    User,
    WorkspaceMeta,
    user_network,
)
from desk_app.local_store.models.sync import OutboxOp, SyncConflict, SyncState, TicketSync
from desk_app.local_store.models.tickets import (
    Category,
    Comment,
    FollowUp,
    Queue,
    StatusDefinition,
    Tag,
    Ticket,
    TicketHistory,
    TimeEntry,
    ticket_tags,
)

__all__ = [
    "Article",
    "Call",
    "CannedResponse",
    "Category",
    "Comment",
    "Company",
    "Contract",
    "FollowUp",
    "HourConfirmation",
    "KbCategory",
    "OutboxOp",
    "Person",
    "PresenceEvent",
    "Queue",
    "StatusDefinition",
    "SurveyAnswer",
    "SyncConflict",
    "SyncState",
    "Tag",
    "Team",
    "Ticket",
    "TicketHistory",
    "TicketSync",
    "TimeEntry",
    "TimeTimer",
    "User",
    "WorkspaceMeta",
    "call_tickets",
    "ticket_tags",
    "user_network",
]
