"""The knowledge base: category folders, articles (FAQ included) and canned responses."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.local_store.base import Base, new_uid, utc_now


class KbCategory(Base):
    __tablename__ = "kb_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    remote_id: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("kb_categories.id", ondelete="CASCADE"), index=True
    )

    parent: Mapped[KbCategory | None] = relationship(remote_side=[id])


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    remote_id: Mapped[str | None] = mapped_column(String(64), index=True)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("kb_categories.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    is_faq: Mapped[bool] = mapped_column(Boolean, default=False)
    # published articles come from the central helpdesk; drafts are proposed back (SPEC §5)
    state: Mapped[str] = mapped_column(String(12), default="published")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


class CannedResponse(Base):
    """A reply template ("respuesta tipo") with placeholders such as {cliente}, {ticket}."""

    __tablename__ = "canned_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("kb_categories.id", ondelete="SET NULL")
    )
    language: Mapped[str] = mapped_column(String(5), default="es")
