"""The categories an officer corrected at an import, remembered for the next imports."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ncm_desktop.storage.models.base import Base, Record


class CategoryCorrection(Record, Base):
    """The category chosen by hand for an organisation name (folded), instead of the guess.

    It travels in exchange packages and merges by its unique ``name_key``: the correction
    made last on either laptop wins, so both apply the same choice at their next import.
    """

    __tablename__ = "category_correction"

    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    #: None when the officer chose "no category".
    category_id: Mapped[str | None] = mapped_column(String(40))
