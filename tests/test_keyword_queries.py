"""Questions typed as search-box keywords (session 22's held-out 43), on the bundled report.

Before: "học viên lớp cảm tình Đảng" named two units, people and classes, and answered the 20 classes
(ambiguous with the 32 of both kinds); the people the query opens with are what it counts.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with

pytest_plugins = ["tests.answers_conftest"]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("học viên lớp cảm tình Đảng", "1635"),
        ("hoc vien lop nhan thuc + lop dv moi", "2482"),
        ("đv tiếp thu nq 6 tháng 2023", "98.66"),
    ],
    ids=["people-of-the-class", "people-of-both-classes", "a-rate-stays-a-rate"],
)
def test_keyword_queries(engine: Engine, question: str, value: str) -> None:
    """The figure a keyword query points to."""
    answered_with(engine, question, value)
