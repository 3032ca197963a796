""""đạt" asked, a figure labelled "chưa đạt" offered, on a small commune report written in our own words
(session 26).

Before: "xã đạt bao nhiêu tiêu chí nông thôn mới" gave the 03 criteria "chưa đạt" (not met): "đạt" is a stop word,
so the label's negation of it went unseen; the 16 of "đạt 16/19 tiêu chí" is what is asked.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

COMMUNE = """
ĐẢNG BỘ HUYỆN LONG ĐIỀN
ĐẢNG ỦY XÃ AN THẠNH
*
Số 39-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Thạnh, ngày 18 tháng 12 năm 2025

BÁO CÁO
kết quả thực hiện nhiệm vụ năm 2025

I- KẾT QUẢ

1. Xây dựng nông thôn mới

Qua rà soát theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021 - 2025, xã đạt 16/19 tiêu chí, còn 03 tiêu chí chưa
đạt. Thu nhập bình quân đầu người đạt 58,2 triệu đồng.

II- HẠN CHẾ

Xã còn 03 tiêu chí nông thôn mới chưa đạt; tỷ lệ hộ nghèo còn cao.
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "39-BC-DU-2025.txt", COMMUNE))


@pytest.mark.parametrize(
    "question", ["xã đạt bao nhiêu tiêu chí nông thôn mới", "xa dat may tieu chi ntm"], ids=["accented", "unaccented"]
)
def test_the_criteria_met(commune: Engine, question: str) -> None:
    """The criteria met come first (the three not met may be offered beside them, never instead)."""
    answer = commune.ask(question)
    assert answer.figure is not None and answer.figure.value == Decimal("16"), answer.reply


def test_the_criteria_not_met(commune: Engine) -> None:
    """"chưa đạt" asked: the three (a guard: so before too)."""
    answered_with(commune, "còn mấy tiêu chí nông thôn mới chưa đạt", "3")
