"""A figure whose own label picks a group the question never names (session 27, in our own words).

Before: "tỷ lệ hộ nghèo chung toàn tỉnh" was answered by "tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số
giảm còn 14,36%": the ethnic minorities' rate quoted as the whole province's.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

ETHNIC_AFFAIRS = """
TỈNH ỦY ĐÔNG LAM
BAN DÂN VẬN
*
Số 58-BC/BDVTU
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Lam, ngày 10 tháng 12 năm 2025

BÁO CÁO
kết quả công tác dân tộc năm 2025

I- KẾT QUẢ

1. Công tác dân tộc
Toàn tỉnh có 287.460 người đồng bào dân tộc thiểu số. Đời sống đồng bào từng bước được nâng lên; tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm còn 14,36%.
"""


@pytest.fixture(scope="module")
def ethnic(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "58-BC-BDVTU-2025.txt", ETHNIC_AFFAIRS))


@pytest.mark.parametrize("question", ["tỷ lệ hộ nghèo chung toàn tỉnh", "ty le ho ngheo cua tinh"], ids=["accented", "unaccented"])
def test_the_whole_is_not_the_group(ethnic: Engine, question: str) -> None:
    """The report gives the minorities' rate only: the province's is not in it."""
    assert ethnic.ask(question).status != "answered"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ty le ho ngheo dong bao dan tooc thieu so", "14.36"),
        ("tỷ lệ hộ nghèo DTTS", "14.36"),
        ("co bao nhieu nguoi dan toc thieu so", "287460"),
    ],
    ids=["group-typo", "group-shorthand", "people-of-the-group"],
)
def test_the_group_asked(ethnic: Engine, question: str, value: str) -> None:
    """Asked of the group, in any spelling, the group's figure answers."""
    answered_with(ethnic, question, value)
