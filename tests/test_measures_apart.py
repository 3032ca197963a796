"""Measures named alike but not the same, on the bundled report (session 24's held-out 48), in our own wordings.

Before: "dư nợ cho vay tăng mấy %" took the 11,67% rise of deposits raised ("Tổng huy động vốn …, tăng 11,67%
so với cùng kỳ; tổng dư nợ … đạt 69,52% chỉ tiêu"); "tổng thu ngân sách tăng bao nhiêu … so với năm 2022"
took the 40,88% rise of what the firms paid in ("nộp ngân sách tỉnh"). The report gives neither rise.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with

pytest_plugins = ["tests.answers_conftest"]


@pytest.mark.parametrize(
    "question",
    ["dư nợ cho vay tăng mấy % so cùng kỳ", "tổng thu ngân sách tăng bao nhiêu phần trăm so với năm 2022"],
    ids=["loans-are-not-deposits", "revenue-is-not-what-firms-paid"],
)
def test_a_rise_the_report_does_not_give(engine: Engine, question: str) -> None:
    """No figure: the rise asked is of another measure than any the report gives a rise of."""
    assert engine.ask(question).status != "answered"


@pytest.mark.parametrize(
    ("question", "value"),
    [("nộp ngân sách tỉnh tăng bao nhiêu % so với cùng kỳ", "40.88"), ("huy động vốn tăng mấy % so cùng kỳ", "11.67")],
    ids=["what-firms-paid", "deposits-raised"],
)
def test_each_rise_of_its_own_measure(engine: Engine, question: str, value: str) -> None:
    """Each measure still has its own rise (guards: they passed before too)."""
    answered_with(engine, question, value)
