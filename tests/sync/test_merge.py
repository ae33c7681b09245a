"""The three-way field merge: pure rules, and properties over arbitrary field values."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desk_app.sync.merge import FieldConflict, merge_fields

BASE = {"subject": "Printer", "status": "open", "priority": "normal"}


def test_a_field_changed_only_on_the_server_is_taken() -> None:
    result = merge_fields(BASE, BASE, {**BASE, "status": "closed"})
    assert result.take_remote == {"status": "closed"}
    assert result.conflicts == ()
    assert result.base["status"] == "closed"


def test_a_field_changed_only_locally_is_kept_and_the_base_stays() -> None:
    local = {**BASE, "priority": "urgent"}
    result = merge_fields(BASE, local, BASE)
    assert result.take_remote == {}
    assert result.keep_local == {"priority"}
    assert result.base == BASE


def test_different_fields_changed_on_each_side_merge_without_loss() -> None:
    local = {**BASE, "priority": "urgent"}
    result = merge_fields(BASE, local, {**BASE, "subject": "Printer on fire"})
    assert result.take_remote == {"subject": "Printer on fire"}
    assert result.keep_local == {"priority"}
    assert result.conflicts == ()


def test_the_same_field_changed_on_both_sides_is_a_conflict_the_server_wins() -> None:
    result = merge_fields(BASE, {**BASE, "status": "waiting_customer"},
                          {**BASE, "status": "closed"})  # fmt: skip
    assert result.take_remote == {"status": "closed"}
    assert result.conflicts == (FieldConflict("status", "waiting_customer", "closed"),)
    assert result.server_decided == {"status"}


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    both = {**BASE, "status": "closed"}
    result = merge_fields(BASE, both, both)
    assert result.take_remote == {} and result.conflicts == () and result.keep_local == set()
    assert result.server_decided == set()


def test_without_a_base_the_server_wins_unless_a_local_change_is_unsent() -> None:
    local = {**BASE, "priority": "urgent", "subject": "Mine"}
    result = merge_fields(None, local, BASE, pending={"priority"})
    assert result.take_remote == {"subject": "Printer"}
    assert result.keep_local == {"priority"}
    assert result.base == BASE


def test_fields_the_server_does_not_send_are_left_alone() -> None:
    result = merge_fields(BASE, {**BASE, "flag": "blue"}, {"status": "open"})
    assert result.take_remote == {}
    assert result.base == BASE


values = st.one_of(st.none(), st.sampled_from(["a", "b", "c"]), st.lists(st.sampled_from("xy")))
names = st.sampled_from(["subject", "status", "priority", "tags"])
records = st.dictionaries(names, values)


@given(records, records, records)
def test_nothing_is_silently_lost(base: dict[str, Any], local: dict[str, Any],
                                  remote: dict[str, Any]) -> None:  # fmt: skip
    result = merge_fields(base, local, remote)
    cache = {**local, **result.take_remote}
    for name in remote:
        if name in base and local.get(name) != base[name]:
            kept = cache.get(name) == local.get(name)
            parked = FieldConflict(name, local.get(name), remote[name]) in result.conflicts
            assert kept or parked, name
        # The server's change always reaches the cache; the new base is what the server has.
        if remote[name] != base.get(name, object()):
            assert cache.get(name) == remote[name] or name in result.keep_local
        assert result.base[name] == remote[name]
    for conflict in result.conflicts:
        assert conflict.local != conflict.remote
        assert conflict.local != base[conflict.field] != conflict.remote


@given(records, records, records)
def test_merging_the_same_server_version_again_changes_nothing(
    base: dict[str, Any], local: dict[str, Any], remote: dict[str, Any]
) -> None:
    first = merge_fields(base, local, remote)
    cache = {**local, **first.take_remote}
    again = merge_fields(first.base, cache, remote)
    assert again.take_remote == {}
    assert again.conflicts == ()
    assert again.base == first.base
