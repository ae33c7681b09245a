"""Item models of the requester search: the people matching what is typed, and the
organizations the new-requester form's autocomplete offers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)

from desk_app.local_store.people_queries import OrganizationMatch, RequesterMatch

# How long typing pauses before the store is asked (a search per keystroke is wasted work).
SEARCH_DELAY_MS = 120
_Index = QModelIndex | QPersistentModelIndex
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def describe(match: RequesterMatch) -> str:
    """One line naming a person: "María Pérez · Ferretería del Norte · maria@… · 55 …"."""
    parts = [match.full_name, match.company_name, match.email, match.phone]
    return " · ".join(p for p in parts if p)


class RequesterResultsModel(QAbstractListModel):
    """The people matching the search text, in the order the store ranked them."""

    def __init__(self, parent: QObject | None = None, row_height: int = 22) -> None:
        super().__init__(parent)
        self._rows: list[RequesterMatch] = []
        self._row_height = row_height

    def set_rows(self, rows: list[RequesterMatch]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def match_at(self, row: int) -> RequesterMatch | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match = self.match_at(index.row()) if index.isValid() else None
        if match is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = describe(match)
            if match.is_key_user:
                text += " — " + self.tr("key user")
            elif match.is_backup_user:
                text += " — " + self.tr("backup user")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (match.full_name, match.position, match.company_name,
                                         match.email, match.phone) if p)  # fmt: skip
        if role == PERSON_ID_ROLE:
            return match.id
        if role == Qt.ItemDataRole.SizeHintRole:
            # Narrower than any view: rows then span the list's width and long ones are
            # elided instead of growing a horizontal scroll bar.
            return QSize(1, self._row_height)
        return None


COMPANY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OrganizationModel(QAbstractListModel):
    """Organizations matching what is typed, for the organization field's completer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OrganizationMatch] = []

    def set_rows(self, rows: list[OrganizationMatch]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def match_at(self, row: int) -> OrganizationMatch | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match = self.match_at(index.row()) if index.isValid() else None
        if match is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return match.name  # EditRole: the text the completer puts in the field
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(p for p in (match.name, match.country, match.partner_tier) if p)
        if role == COMPANY_ID_ROLE:
            return match.id
        return None
