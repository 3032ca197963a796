"""The year as it opened ("đầu năm"), written small in our own words.

Session 21's data taught: "đầu năm 2025 có bao nhiêu hộ nghèo" asks the stock on 1/1/2025 — what the text says
of the year's start ("Đầu năm 2025, toàn xã có 152 hộ nghèo"; "(đầu năm 1.248 báo cáo viên)"; "so với đầu năm
(6.842 đảng viên)"), or the closing cell of the year before — never the stock at the year's end; "tăng bao
nhiêu so với đầu năm" asks the rise, not the stock it rose from; "còn bao nhiêu" asks now, not the year's start.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

COMMUNE = """

ĐẢNG BỘ TỈNH BẮC SƠN
ĐẢNG ỦY XÃ PHÚ LÂM
*
Số 51-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lâm, ngày 12 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác năm 2025

I- KẾT QUẢ

1. Giảm nghèo

Đầu năm 2025, toàn xã có 152 hộ nghèo, chiếm tỷ lệ 2,84%; trong năm có 55 hộ thoát nghèo, phát sinh mới 07 hộ;
đến ngày 30/11/2025 toàn xã còn 104 hộ nghèo, tỷ lệ 1,93%; hộ cận nghèo 187 hộ (đầu năm 209 hộ).

2. Công tác đảng viên

Trong năm kết nạp 31 đảng viên. Đến ngày 30/11/2025, Đảng bộ có 1.286 đảng viên, tăng 38 đảng viên so với đầu
năm (1.248 đảng viên). Đội ngũ báo cáo viên có 64 người (đầu năm 58 người).

PHỤ LỤC
MỘT SỐ CHỈ TIÊU

STT\tChỉ tiêu\tĐơn vị\tNăm 2024\tNăm 2025
1\tTổng số đảng viên\tĐảng viên\t1.248\t1.286
2\tSố hộ nghèo cuối năm\tHộ\t152\t104
3\tKết nạp đảng viên\tĐảng viên\t27\t31
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "51-BC-DU-2025.txt", COMMUNE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("đầu năm 2025 xã có bao nhiêu hộ nghèo", "152"),
        ("so ho ngheo dau nam", "152"),
        ("ho can ngheo dau nam 2025", "209"),
        ("tổng số đảng viên đầu năm 2025", "1248"),
        ("hồi đầu năm có mấy báo cáo viên", "58"),
    ],
    ids=["said-of-the-start", "no-year-is-the-reports", "in-brackets", "base-of-a-rise", "bracket-after-a-date"],
)
def test_the_start_of_the_year_is_its_opening_stock(commune: Engine, question: str, value: str) -> None:
    """What the text says of the year's start, never the figure at its end (104, 187, 1.286, 64)."""
    answered_with(commune, question, value)


def test_the_rise_since_the_start_is_not_the_stock(commune: Engine) -> None:
    """"tăng bao nhiêu so với đầu năm": 38 (the rise), not the 1.248 it rose from nor the 1.286 now."""
    answered_with(commune, "so với đầu năm đảng bộ tăng thêm bao nhiêu đảng viên", "38")
    answered_with(commune, "đảng viên nhiều hơn đầu năm bao nhiêu", "38")


@pytest.mark.parametrize(
    ("question", "value"),
    [("hiện còn bao nhiêu hộ nghèo", "104"), ("đảng bộ có bao nhiêu đảng viên", "1286")],
    ids=["left-now", "members-now"],
)
def test_now_is_not_the_start_of_the_year(commune: Engine, question: str, value: str) -> None:
    """A stock asked with no time is now's, not the year's start beside it (a guard)."""
    answered_with(commune, question, value)


def test_a_base_in_brackets_is_named_as_its_measure(commune: Engine) -> None:
    """"tăng 38 … so với đầu năm (1.248 đảng viên)": the 1.248 counts the members on 1/1/2025, not a rise."""
    base = next(f for f in commune.index.facts if f.value == Decimal("1248") and f.origin == "text")
    assert base.period == "1/1/2025"
    assert not base.label.lower().startswith("tăng"), base.label


def test_what_happened_since_the_start_is_not_dated_by_it(commune: Engine) -> None:
    """"Đầu năm 2025 … ; đến ngày 30/11/2025 còn 104": the 104 is of 30/11/2025 (a guard)."""
    left = next(f for f in commune.index.facts if f.value == Decimal("104") and f.origin == "text")
    assert left.period == "30/11/2025"
