"""The engine's small public API: what the CLI, the terminal chat and the Telegram handlers call.

Blocking (database, matching): front ends on an event loop call it through ``asyncio.to_thread``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from knowledge.answer import Answer, Figure
from knowledge.errors import ReportError


@dataclass(frozen=True)
class ReportSummary:
    """A loaded report as listed by ``/baocao`` and ``python -m bot load``."""

    id: int
    number: str
    date: str  # ISO
    title: str
    issuer: str
    facts: int
    footnotes: int
    table_rows: int
    conflicts: int
    version: int
    already_loaded: bool = False


@dataclass(frozen=True)
class TopicPage:
    """One node of the report's section tree for browsing (``/chude``)."""

    key: str  # opaque, short (fits callback data): "" is the root
    title: str
    children: list[tuple[str, str]] = field(default_factory=list)  # (key, title)
    figures: list[Figure] = field(default_factory=list)
    parent_key: str | None = None


@dataclass(frozen=True)
class TargetRow:
    """One target of the report's appendix against what was achieved (``/chitieu``)."""

    label: str
    unit: str
    target: Figure
    achieved: Figure | None
    share: Figure | None  # % of target as printed
    met: bool | None  # None when the report gives no way to tell


__all__ = ["Answer", "Figure", "Path", "ReportError", "ReportSummary", "TargetRow", "TopicPage"]
