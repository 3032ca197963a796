"""", không phải …": what the asker says they do not mean (session 24's held-out 45 and older sets), in our
own wordings on the bundled report.

Before: "…, không phải số được giới thiệu" added the words of the figure not wanted to those wanted, and
nothing was found; "đảng viên không phải đánh giá" (exempt from rating) must stay a thing asked about.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.question import parse
from tests.report_sets import answered_with

pytest_plugins = ["tests.answers_conftest"]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("năm 2022 tổ chức cơ sở đảng xếp mức hoàn thành nhiệm vụ, không phải mức tốt, chiếm mấy %", "5.77"),
        ("đoàn viên ưu tú được kết nạp vào Đảng bao nhiêu, không phải số được giới thiệu", "464"),
    ],
    ids=["not-the-higher-grade", "not-the-number-introduced"],
)
def test_what_is_not_meant_is_left_out(engine: Engine, question: str, value: str) -> None:
    """The figure asked, the one said not to be meant left out of the words matched."""
    answered_with(engine, question, value)


def test_not_required_is_no_aside(engine: Engine) -> None:
    """"không phải" with no pause before it says what is exempt: it is part of the question."""
    assert parse("có bao nhiêu đảng viên không phải đánh giá xếp loại", engine.index).excluded == ""
    assert parse("số đảng viên được kết nạp, không phải số giới thiệu", engine.index).excluded == "so gioi thieu"
