"""A statistics office's year (report157's habits), in our own words (session 33).

- "TL" after "DN mới" (or "DN … TL mới") is "thành lập", not "tỷ lệ": before, "so DN tl moi" was answered by the
  7,6 % rise and "tổng vốn đk của DN mới tl" by the appendix's ratio 111,3 %.
- "cuối năm" with no year is the year's own figure as at its end (a filler word): before, "ty le ho ngheo cuoi nam"
  found nothing ("cuối năm" was read as words the figure must hold).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

YEAR_END = """
SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH TÂN AN

Số 118/BC-SKHĐT

Tân An, ngày 22 tháng 12 năm 2025

BÁO CÁO
tình hình kinh tế - xã hội năm 2025

I. KẾT QUẢ

Năm 2025, toàn tỉnh có 1.042 doanh nghiệp thành lập mới, tăng 7,6% so với năm trước, tổng vốn đăng ký 12.480,5 tỷ đồng, tăng 11,3%; 214 doanh nghiệp giải thể.

Theo kết quả rà soát cuối năm, toàn tỉnh còn 5.216 hộ nghèo, chiếm 1,74% tổng số hộ dân cư; 7.930 hộ cận nghèo, chiếm 2,65%.

PHỤ LỤC
MỘT SỐ CHỈ TIÊU CHỦ YẾU

STT\tChỉ tiêu\tĐVT\tNăm 2024\tNăm 2025\tNăm 2025 so với năm 2024 (%)
1\tSố doanh nghiệp thành lập mới\tDoanh nghiệp\t968\t1.042\t107,64
2\tVốn đăng ký của doanh nghiệp thành lập mới\tTỷ đồng\t11.213,4\t12.480,5\t111,30
3\tTỷ lệ hộ nghèo\t%\t2,41\t1,74\t-
4\tTỷ lệ hộ cận nghèo\t%\t3,02\t2,65\t-
"""


@pytest.fixture(scope="module")
def year_end(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "118-BC-SKHDT-2025.txt", YEAR_END))


@pytest.mark.parametrize(
    ("question", "value"),
    [("so DN tl moi", "1042"), ("tổng vốn đk của DN mới tl", "12480.5")],
    ids=["count", "money"],
)
def test_tl_after_new_firms_is_founded(year_end: Engine, question: str, value: str) -> None:
    """The firms founded and their capital, never a rate."""
    answered_with(year_end, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [("ty le ho ngheo cuoi nam", "1.74"), ("tỷ lệ hộ cận nghèo cuối năm", "2.65")],
    ids=["plain", "accented-guard"],
)
def test_the_years_end_is_the_years_figure(year_end: Engine, question: str, value: str) -> None:
    """2025's rates, not 2024's (the accented one is a guard: it passed before)."""
    answered_with(year_end, question, value)
