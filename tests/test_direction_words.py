"""Words of direction on the bundled report (session 24's held-out 47), in our own wordings.

Before: "chuyển sinh hoạt đi khỏi Đảng bộ" left "khỏi" as a word to find; "đơn nhắm vào đảng viên" read
"vào Đảng" (joining the Party) out of "vào đảng viên".
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
        ("đã có bao nhiêu đảng viên chuyển sinh hoạt đảng đi khỏi Đảng bộ Khối", "1317"),
        ("trong số đơn tố cáo, bao nhiêu đơn nhắm vào các tổ chức đảng", "6"),  # a guard: passed before too
        ("đơn tố cáo nhắm vào cá nhân đảng viên có mấy đơn", "43"),
    ],
    ids=["moved-away", "aimed-at-organisations", "aimed-at-members"],
)
def test_direction_words(engine: Engine, question: str, value: str) -> None:
    """The figure of the direction asked: members moved away, letters against organisations or members."""
    answered_with(engine, question, value)


def test_aimed_at_members_is_no_joining(engine: Engine) -> None:
    """"nhắm vào đảng viên": the words "đảng viên" stay together; nothing of joining the Party is asked."""
    words = [c.words for c in parse("bao nhiêu đơn nhắm vào đảng viên", engine.index).concepts]
    assert ("dang", "vien") in words and ("vao", "dang") not in words, words
