"""Local creation of requesters (people) and their organizations (companies).

Each write validates everything first and raises `PeopleValidationError` (field → message,
plus the existing record a duplicate collides with) before touching the session, so bad input
changes nothing. A valid one adds the row and its outbox operation to the caller's
transaction (`Store.transaction()`), so they commit together or not at all.

Duplicates are refused the way the seed asks ("no repetir", seed 002 slide 13): an
organization whose folded name (domain.text.fold: case, accents and spacing ignored) is
already taken, or a person with the same folded name in the same organization, or with an
e-mail address somebody already has.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import phonenumbers
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.domain.text import fold
from desk_app.local_store.models import Company, Person
from desk_app.local_store.outbox import enqueue
from desk_app.local_store.problems import Problem
from desk_app.local_store.ticket_writes import ValidationError

# Countries whose numbers advisors type without a prefix; the first is the default.
PHONE_REGIONS = ("MX", "CO", "PE")
PARTNER_TIERS = ("diamond", "platinum")
MAX_NAME = 200
MAX_POSITION = 120
MAX_PHONE = 40
MAX_EMAILS = 10
# Deliberately loose (RFC 5322 allows far more): one @, no spaces, a dot in the domain.
_EMAIL = re.compile(r"^[^@\s,;<>()\[\]\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?"
                    r"\.[A-Za-z]{2,}$")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Existing:
    """The record a duplicate collides with, so the UI can offer to use it instead."""

    kind: str  # "person" or "company"
    id: int
    name: str


class PeopleValidationError(ValidationError):
    """ValidationError whose duplicates also say which existing record they collide with."""

    def __init__(
        self, errors: Mapping[str, str], existing: Mapping[str, Existing] | None = None
    ) -> None:
        super().__init__(errors)
        self.existing = dict(existing or {})


@dataclass(frozen=True)
class NewCompany:
    name: str
    country: str | None = None
    partner_tier: str | None = None
    tax_id: str | None = None


@dataclass(frozen=True)
class NewPerson:
    """A requester. The organization is an existing company (`company_id`) or, when that is
    None, a new one created with the person under the name `organization`."""

    full_name: str
    company_id: int | None = None
    organization: str = ""
    position: str = ""
    emails: tuple[str, ...] = ()
    phone: str = ""
    # Region for a number typed without "+"; None: the organization's country, else default.
    phone_region: str | None = None


def clean_text(value: str) -> str:
    return " ".join(value.split())


def split_emails(value: str) -> tuple[str, ...]:
    """The addresses in what a person typed: separated by commas, semicolons or spaces."""
    return tuple(part for part in re.split(r"[\s,;]+", value) if part)


def normalise_phone(raw: str, region: str) -> str:
    """E.164 form of `raw` ("55 1234 5678", region MX → "+525512345678").

    Raises ValueError when it is not a valid number for `region` (or for the country its
    "+" prefix names).
    """
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(str(exc)) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"{raw!r} is not a valid number in {region}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def company_by_name(session: Session, name: str) -> Company | None:
    """The company whose folded name equals `name` folded (Company.name_key is unique)."""
    key = fold(name)
    if not key:
        return None
    return session.scalars(select(Company).where(Company.name_key == key)).first()


def create_company(session: Session, draft: NewCompany, now: datetime) -> Company:
    errors: dict[str, str] = {}
    existing: dict[str, Existing] = {}
    name = _check_company_name(session, "name", draft.name, errors, existing)
    country = (draft.country or "").strip().upper() or None
    if country is not None and country not in phonenumbers.SUPPORTED_REGIONS:
        errors["country"] = Problem("unknown country code %1", repr(country))
    if draft.partner_tier is not None and draft.partner_tier not in PARTNER_TIERS:
        errors["partner_tier"] = Problem("one of %1, or none", ", ".join(PARTNER_TIERS))
    if errors:
        raise PeopleValidationError(errors, existing)
    return _add_company(session, name, country, draft.partner_tier, draft.tax_id, now)


def create_person(
    session: Session, draft: NewPerson, now: datetime, default_region: str = PHONE_REGIONS[0]
) -> Person:
    """Add a requester (and a new organization when the draft names one)."""
    errors: dict[str, str] = {}
    existing: dict[str, Existing] = {}
    full_name = clean_text(draft.full_name)
    if not full_name:
        errors["full_name"] = "a full name is required"
    elif len(full_name) > MAX_NAME:
        errors["full_name"] = Problem("at most %1 characters", MAX_NAME)
    company: Company | None = None
    new_org = ""
    if draft.company_id is not None:
        company = session.get(Company, draft.company_id)
        if company is None:
            errors["organization"] = "this organization no longer exists"
    elif clean_text(draft.organization):
        new_org = _check_company_name(session, "organization", draft.organization, errors,
                                      existing)  # fmt: skip
    else:
        errors["organization"] = "choose an organization or type a new one's name"
    position = clean_text(draft.position)
    if len(position) > MAX_POSITION:
        errors["position"] = Problem("at most %1 characters", MAX_POSITION)
    emails = _check_emails(draft.emails, errors)
    region = draft.phone_region or _region_of(company) or default_region
    phone = clean_text(draft.phone)
    phone_e164 = None
    if phone:
        try:
            phone_e164 = normalise_phone(phone, region)
        except ValueError:
            errors["phone"] = Problem("not a valid phone number (region %1)", region)
    if full_name and "full_name" not in errors and "organization" not in errors:
        twin = _same_name(session, full_name, company)
        if twin is not None:
            errors["full_name"] = Problem(
                "%1 is already registered in this organization", twin.full_name
            )
            existing["full_name"] = Existing("person", twin.id, twin.full_name)
    if emails and "emails" not in errors:
        holder = _email_holder(session, emails)
        if holder is not None:
            errors["emails"] = Problem("%1 already has the address %2", holder[1], holder[2])
            existing["emails"] = Existing("person", holder[0], holder[1])
    if errors:
        raise PeopleValidationError(errors, existing)

    if company is None:
        # A new organization is in the country its phone numbers are from, as far as we know.
        company = _add_company(session, new_org, region, None, None, now)
    person = Person(full_name=full_name, company_id=company.id, position=position or None,
                    emails=list(emails), phone=phone or None, phone_e164=phone_e164,
                    created_at=now)  # fmt: skip
    session.add(person)
    session.flush()
    enqueue(session, "person", person.uid, "create", _person_payload(person, company))
    return person


def _check_company_name(session: Session, field: str, raw: str, errors: dict[str, str],
                        existing: dict[str, Existing]) -> str:  # fmt: skip
    name = clean_text(raw)
    if not name:
        errors[field] = "an organization name is required"
    elif len(name) > MAX_NAME:
        errors[field] = Problem("at most %1 characters", MAX_NAME)
    else:
        twin = company_by_name(session, name)
        if twin is not None:
            errors[field] = Problem("%1 already exists: choose it instead", twin.name)
            existing[field] = Existing("company", twin.id, twin.name)
    return name


def _add_company(session: Session, name: str, country: str | None, tier: str | None,
                 tax_id: str | None, now: datetime) -> Company:  # fmt: skip
    company = Company(name=name, name_key=fold(name), country=country, partner_tier=tier,
                      tax_id=clean_text(tax_id or "") or None, created_at=now)  # fmt: skip
    session.add(company)
    session.flush()
    payload = {"name": company.name, "country": country, "partner_tier": tier,
               "tax_id": company.tax_id}  # fmt: skip
    enqueue(session, "company", company.uid, "create", payload)
    return company


def _check_emails(raw: tuple[str, ...], errors: dict[str, str]) -> tuple[str, ...]:
    emails: dict[str, str] = {}
    for value in raw:
        address = value.strip()
        if not address:
            continue
        if not _EMAIL.match(address) or len(address) > 254:
            errors["emails"] = Problem("not an e-mail address: %1", address)
            return ()
        emails.setdefault(address.casefold(), address)
    if len(emails) > MAX_EMAILS:
        errors["emails"] = Problem("at most %1 addresses", MAX_EMAILS)
    return tuple(emails.values())


def _region_of(company: Company | None) -> str | None:
    if company is not None and company.country in phonenumbers.SUPPORTED_REGIONS:
        return company.country
    return None


def _same_name(session: Session, full_name: str, company: Company | None) -> Person | None:
    if company is None:  # a new organization has nobody in it yet
        return None
    key = fold(full_name)
    people = session.scalars(select(Person).where(Person.company_id == company.id))
    return next((p for p in people if fold(p.full_name) == key), None)


def _email_holder(session: Session, emails: tuple[str, ...]) -> tuple[int, str, str] | None:
    # emails is a JSON list; json_each turns it into rows SQLite can compare.
    query = text(
        "SELECT p.id, p.full_name, e.value FROM people p, json_each(p.emails) e "
        "WHERE json_valid(p.emails) AND lower(e.value) IN "
        "(SELECT value FROM json_each(:wanted)) LIMIT 1"
    )
    wanted = json.dumps([e.casefold() for e in emails])
    row = session.execute(query, {"wanted": wanted}).first()
    if row is None:
        return None
    return int(row[0]), str(row[1]), str(row[2])


def _person_payload(person: Person, company: Company) -> dict[str, Any]:
    return {
        "full_name": person.full_name,
        "company_uid": company.uid,
        "position": person.position,
        "emails": list(person.emails),
        "phone": person.phone,
        "phone_e164": person.phone_e164,
    }
