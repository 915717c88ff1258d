"""Baselines: the readiness of the mechanism as it stood on a date, kept to show progress.

One baseline per date (a second one recorded the same day replaces the first, and two
laptops' baselines of the same date merge into one, the newer winning).  The figures the
trend needs are columns; the rest (scores by clause and by priority, every provision's
status) is one JSON document, read and written by :mod:`storage.baselines`.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from ncm_desktop.storage.models.base import Base, Record


class ReadinessBaseline(Record, Base):
    __tablename__ = "readiness_baseline"

    taken_on: Mapped[date] = mapped_column(Date, unique=True)
    #: The meeting whose being held recorded it, if any.
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    percent: Mapped[int | None] = mapped_column(Integer)
    categories_covered: Mapped[int] = mapped_column(Integer, default=0)
    categories_required: Mapped[int] = mapped_column(Integer, default=0)
    women_percent: Mapped[int | None] = mapped_column(Integer)
    figures: Mapped[str] = mapped_column(Text, default="{}")
