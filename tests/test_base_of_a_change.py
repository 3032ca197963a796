"""The base of a change asked "so với năm trước"; a rise and a limit set for the year ahead (session 29, in
our own words).

A report says a rise against "năm 2024" in one place and against "năm trước" in another. Before, the words
"năm trước" of the question were a concept to cover: the rise of another measure said "so với năm trước"
won over the asked measure's rise said "so với năm 2024". A rise in the part setting next year's tasks
("tăng 6,89% so với năm 2025") was read as a result, and "không quá bao nhiêu" asked no target.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

MOBILIZATION_YEAR = """
TỈNH ỦY HÀ NAM SƠN
BAN DÂN VẬN
*
Số 88-BC/BDVTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nam Sơn, ngày 10 tháng 12 năm 2025

BÁO CÁO
kết quả công tác dân vận năm 2025

I. KẾT QUẢ
1. Phong trào thi đua "Dân vận khéo"
Năm 2025, toàn tỉnh có 842 mô hình "Dân vận khéo" được công nhận, đạt 105,25% kế hoạch, tăng 9,48% so với năm 2024.
2. Tuyên truyền
Cuộc thi viết về gương người tốt việc tốt nhận 517 tác phẩm dự thi, tăng 13,4% so với năm trước.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Công nhận 900 mô hình "Dân vận khéo", tăng 6,89% so với năm 2025.
- Số vụ khiếu kiện đông người không quá 05 vụ.
"""


@pytest.fixture(scope="module")
def mobilization(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "88-BC-BDVTU-2025.txt", MOBILIZATION_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("mô hình dân vận khéo tăng bao nhiêu % so với năm trước", "9.48"),
        ("mo hinh dvk tang may phan tram so voi nam ngoai", "9.48"),
        ("tác phẩm dự thi tăng bao nhiêu % so với năm trước", "13.4"),
    ],
    ids=["the-models-rise", "the-models-rise-typed-bare", "the-entries-rise-said-so"],
)
def test_the_measure_asked_not_the_base_words(mobilization: Engine, question: str, value: str) -> None:
    """The rise of the measure named is given, whichever way the report names the year before (the last
    one held before too: a guard)."""
    answered_with(mobilization, question, value)


def test_a_rise_planned_ahead_is_no_result(mobilization: Engine) -> None:
    """Next year's aimed rise is a target of 2026: asked of the year reviewed, the result answers."""
    answer = answered_with(mobilization, "mo hinh dan van kheo tang bao nhieu phan tram so voi nam truoc", "9.48")
    assert Decimal("6.89") not in shown_values(answer), answer.reply


def test_a_limit_asked_is_a_target(mobilization: Engine) -> None:
    """"không quá bao nhiêu": the limit set for the year ahead (held before too, the year being named: a guard)."""
    answered_with(mobilization, "năm 2026 khiếu kiện đông người không quá bao nhiêu vụ", "5")
