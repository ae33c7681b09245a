"""The store's validation messages as the interface says them, in the user's language.

The store (local_store, services) speaks English to logs, the command line and tests. Each of
its messages is a stable English template; one with arguments is a `Problem`, which keeps its
template ("at most %1 characters") and arguments. This module maps each template to the
sentence the interface shows, through literal `QCoreApplication.translate("StoreMessages",
...)` calls so lupdate finds them, and fills the arguments in. A message it does not know is
shown as it came, so a new store message is never hidden, only left in English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from desk_app.local_store.problems import fill


def _table() -> dict[str, str]:
    # Built on each call, so a language installed later is honoured.
    return {
        # tickets: fields and choices
        "unknown value %1": QCoreApplication.translate(
            "StoreMessages", "Choose one of the values in the list."),
        "a subject is required": QCoreApplication.translate("StoreMessages", "Write a subject."),
        "at most %1 characters": QCoreApplication.translate(
            "StoreMessages", "Too long: at most %1 characters."),
        "the body is larger than 5 MB": QCoreApplication.translate(
            "StoreMessages", "The text is larger than 5 MB."),
        "the text is larger than 5 MB": QCoreApplication.translate(
            "StoreMessages", "The text is larger than 5 MB."),
        "write something first": QCoreApplication.translate(
            "StoreMessages", "Write something first."),
        "choose an existing requester or create one": QCoreApplication.translate(
            "StoreMessages", "Choose a requester, or create one."),
        "unknown responsible": QCoreApplication.translate(
            "StoreMessages", "This advisor no longer exists."),
        "unknown or inactive user": QCoreApplication.translate(
            "StoreMessages", "This user does not exist or is inactive."),
        "this field cannot be changed here": QCoreApplication.translate(
            "StoreMessages", "This field cannot be changed here."),
        "this field has its own action": QCoreApplication.translate(
            "StoreMessages", "This field is changed with its own action."),
        "unknown status %1": QCoreApplication.translate("StoreMessages", "Unknown status: %1."),
        "not a date and time": QCoreApplication.translate("StoreMessages", "Not a date and time."),
        "the due date has already passed": QCoreApplication.translate(
            "StoreMessages", "The due date has already passed."),
        "unknown category": QCoreApplication.translate(
            "StoreMessages", "This category no longer exists."),
        "unknown subcategory": QCoreApplication.translate(
            "StoreMessages", "This subcategory no longer exists."),
        "the subcategory does not belong to the category": QCoreApplication.translate(
            "StoreMessages", "The subcategory does not belong to the category."),
        "expected a list of tags": QCoreApplication.translate(
            "StoreMessages", "Expected a list of tags."),
        "a tag has at most %1 characters": QCoreApplication.translate(
            "StoreMessages", "A tag has at most %1 characters."),
        "at most %1 tags": QCoreApplication.translate("StoreMessages", "At most %1 tags."),
        "expected field values by name": QCoreApplication.translate(
            "StoreMessages", "Expected field values by name."),
        "this field does not belong to the ticket's type": QCoreApplication.translate(
            "StoreMessages", "This field does not belong to the ticket's type."),
        "expected text": QCoreApplication.translate("StoreMessages", "Expected text."),
        "not a date (YYYY-MM-DD)": QCoreApplication.translate(
            "StoreMessages", "Not a date (YYYY-MM-DD)."),
        "too long": QCoreApplication.translate("StoreMessages", "Too long."),
        "one of %1": QCoreApplication.translate("StoreMessages", "Choose one of: %1."),
        "between 1 minute and 24 hours": QCoreApplication.translate(
            "StoreMessages", "Between 1 minute and 24 hours."),
        "ticket %1 does not exist or is not visible to you": QCoreApplication.translate(
            "StoreMessages", "Ticket #%1 does not exist or you cannot see it."),
        # follow-ups
        "choose a time in the future": QCoreApplication.translate(
            "StoreMessages", "Choose a time in the future."),
        "already done": QCoreApplication.translate("StoreMessages", "Already done."),
        "follow-up %1 does not exist": QCoreApplication.translate(
            "StoreMessages", "This follow-up no longer exists."),
        # ticket actions
        "choose an active advisor": QCoreApplication.translate(
            "StoreMessages", "Choose an active advisor."),
        "to assign it to yourself, take it": QCoreApplication.translate(
            "StoreMessages", "To assign it to yourself, use Take."),
        "already the responsible": QCoreApplication.translate(
            "StoreMessages", "Already the responsible."),
        "already at the highest level": QCoreApplication.translate(
            "StoreMessages", "Already at the highest level."),
        "give a reason for the escalation": QCoreApplication.translate(
            "StoreMessages", "Give a reason for the escalation."),
        "a ticket cannot be merged into itself": QCoreApplication.translate(
            "StoreMessages", "A ticket cannot be merged into itself."),
        "no visible ticket with that number": QCoreApplication.translate(
            "StoreMessages", "No visible ticket has that number."),
        "that ticket was merged into another one": QCoreApplication.translate(
            "StoreMessages", "That ticket was merged into another one."),
        "that ticket is closed": QCoreApplication.translate(
            "StoreMessages", "That ticket is closed."),
        "not a closing status": QCoreApplication.translate(
            "StoreMessages", "Not a closing status."),
        "only the responsible can close this ticket": QCoreApplication.translate(
            "StoreMessages", "Only the responsible can close this ticket."),
        "say why you close a ticket that is not yours": QCoreApplication.translate(
            "StoreMessages", "Say why you are closing a ticket that is not yours."),
        "a merged ticket stays closed": QCoreApplication.translate(
            "StoreMessages", "A merged ticket stays closed."),
        "this ticket was merged into another one": QCoreApplication.translate(
            "StoreMessages", "This ticket was merged into another one."),
        "the ticket is closed; reopen it first": QCoreApplication.translate(
            "StoreMessages", "The ticket is closed: reopen it first."),
        # people and organizations
        "a full name is required": QCoreApplication.translate(
            "StoreMessages", "Write the person's full name."),
        "%1 is already registered in this organization": QCoreApplication.translate(
            "StoreMessages", "%1 is already registered in this organization."),
        "%1 already has the address %2": QCoreApplication.translate(
            "StoreMessages", "%1 already has the address %2."),
        "not an e-mail address: %1": QCoreApplication.translate(
            "StoreMessages", "Not an e-mail address: %1"),
        "at most %1 addresses": QCoreApplication.translate(
            "StoreMessages", "At most %1 addresses."),
        "not a valid phone number (region %1)": QCoreApplication.translate(
            "StoreMessages",
            "Not a valid phone number in %1. Numbers from elsewhere start with +."),
        "an organization name is required": QCoreApplication.translate(
            "StoreMessages", "Write the organization's name."),
        "%1 already exists: choose it instead": QCoreApplication.translate(
            "StoreMessages", "“%1” already exists: choose it instead."),
        "this organization no longer exists": QCoreApplication.translate(
            "StoreMessages", "This organization no longer exists."),
        "choose an organization or type a new one's name": QCoreApplication.translate(
            "StoreMessages", "Choose an organization, or type a new one."),
        "unknown country code %1": QCoreApplication.translate(
            "StoreMessages", "Unknown country code: %1."),
        "one of %1, or none": QCoreApplication.translate(
            "StoreMessages", "Choose one of: %1, or none."),
        # billing: time, confirmations, terms, contracts (SPEC §6)
        "the customer has not accepted the terms of attention": QCoreApplication.translate(
            "StoreMessages", "The customer has not accepted the terms of attention."),
        "overlaps time you already logged": QCoreApplication.translate(
            "StoreMessages", "It overlaps time you already logged."),
        "shorter than a minute: nothing logged": QCoreApplication.translate(
            "StoreMessages", "Shorter than a minute: nothing was logged."),
        "a timer is already running on ticket %1: stop it first": QCoreApplication.translate(
            "StoreMessages", "A timer is already running on ticket %1: stop it first."),
        "no timer is running": QCoreApplication.translate(
            "StoreMessages", "No timer is running."),
        "the timer ran more than 24 hours: discard it and log the time by hand":
            QCoreApplication.translate("StoreMessages",
                "The timer ran more than 24 hours: discard it and log the time by hand."),
        "the start must be a past date and time": QCoreApplication.translate(
            "StoreMessages", "The start must be a past date and time."),
        "the duration must be at least one minute": QCoreApplication.translate(
            "StoreMessages", "The duration must be at least one minute."),
        "at most 24 hours in one entry": QCoreApplication.translate(
            "StoreMessages", "At most 24 hours in one entry."),
        "the duration must be a whole number of minutes": QCoreApplication.translate(
            "StoreMessages", "The duration must be a whole number of minutes."),
        "the estimate must be at least one minute": QCoreApplication.translate(
            "StoreMessages", "The estimate must be at least one minute."),
        "confirm at least one minute": QCoreApplication.translate(
            "StoreMessages", "Confirm at least one minute."),
        "at most 1000 hours": QCoreApplication.translate(
            "StoreMessages", "At most 1000 hours."),
        "choose a person at the customer": QCoreApplication.translate(
            "StoreMessages", "Choose a person at the customer."),
        "this person is not at the ticket's customer": QCoreApplication.translate(
            "StoreMessages", "This person is not at the ticket's customer."),
        "this contract is not renewable": QCoreApplication.translate(
            "StoreMessages", "This contract is not renewable."),
        "this contract was already renewed": QCoreApplication.translate(
            "StoreMessages", "This contract was already renewed."),
        "only a leader or an admin sets the flat rate": QCoreApplication.translate(
            "StoreMessages", "Only a leader or an admin sets the flat rate."),
    }  # fmt: skip


def region_name(code: str) -> str:
    """A phone region as people name it ("MX" → "Mexico")."""
    names = {
        "MX": QCoreApplication.translate("StoreMessages", "Mexico"),
        "CO": QCoreApplication.translate("StoreMessages", "Colombia"),
        "PE": QCoreApplication.translate("StoreMessages", "Peru"),
    }
    return names.get(code, code)


# Arguments that are codes the user reads as names.
_ARGUMENTS: Mapping[str, Callable[[str], str]] = {
    "not a valid phone number (region %1)": region_name,
}


def store_message(text: str) -> str:
    """`text` (a store message: a plain string or a Problem) as the interface says it."""
    template = str(getattr(text, "template", text))
    args: tuple[str, ...] = tuple(getattr(text, "args", ()))
    shown = _table().get(template)
    if shown is None:
        return str(text)
    name = _ARGUMENTS.get(template)
    if name is not None:
        args = tuple(name(arg) for arg in args)
    return fill(shown, args)


def store_messages(errors: Mapping[str, str]) -> dict[str, str]:
    """Every message of a refusal (field → message) as the interface says it."""
    return {key: store_message(text) for key, text in errors.items()}
