"""An appendix whose measures are the rows and whose places span two year columns each (session 29, in our own words).

"STT | Chỉ tiêu | ĐVT | Xã An Phú (cũ) | | Xã Bình Đức (cũ) | | Toàn xã Tân An" over "2024 | 2025" under each
name: a commune formed by merging two old ones reports each old commune's years beside the new one's.
Before, the place over each year was lost: every cell was "Hộ nghèo" of 2024 or 2025, and a question on the
commune's poor households met three figures of that year alike.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

MERGED_COMMUNE = """
ĐẢNG BỘ HUYỆN LONG ĐIỀN
ĐẢNG ỦY XÃ TÂN AN
*
Số 17-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân An, ngày 12 tháng 12 năm 2025

BÁO CÁO
tình hình năm 2025 của xã Tân An

I. KẾT QUẢ
Xã Tân An được thành lập từ ngày 01/7/2025 trên cơ sở nhập xã An Phú và xã Bình Đức.
Cuối năm 2025 toàn xã còn 97 hộ nghèo, giảm 36 hộ so với năm 2024.

PHỤ LỤC
MỘT SỐ CHỈ TIÊU THEO ĐỊA BÀN XÃ CŨ

STT	Chỉ tiêu	ĐVT	Xã An Phú (cũ)		Xã Bình Đức (cũ)		Toàn xã Tân An
			2024	2025	2024	2025	2024	2025
1	Hộ nghèo	Hộ	58	41	75	56	133	97
2	Nhân khẩu	Người	8.204	8.311	6.917	7.045	15.121	15.356
3	Tỷ lệ bao phủ bảo hiểm y tế	%	91,20	93,64	89,75	92,18	90,54	92,97
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "17-BC-DU-2025.txt", MERGED_COMMUNE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("số hộ nghèo năm 2024", "133"),
        ("nhan khau toan xa nam 2025", "15356"),
        ("tỷ lệ bao phủ bhyt năm 2024", "90.54"),
    ],
    ids=["poor-households-a-year-before", "population-typed-bare", "insurance-rate-of-2024"],
)
def test_the_new_commune_is_its_whole_column(commune: Engine, question: str, value: str) -> None:
    """Asked with no old commune named, the new commune's column answers, not one of the old ones (the first two
    held before too, by luck of the ties: a guard)."""
    answer = answered_with(commune, question, value)
    assert answer.status == "answered" and not answer.alternatives, answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("hộ nghèo xã Bình Đức cũ năm 2025", "56"),
        ("nhân khẩu xã An Phú cũ năm 2024", "8204"),
    ],
    ids=["an-old-communes-poor", "an-old-communes-people"],
)
def test_an_old_commune_named(commune: Engine, question: str, value: str) -> None:
    """An old commune named gets its own year's cell, quoted with its name."""
    answer = answered_with(commune, question, value)
    assert answer.figure is not None and "cũ" in answer.figure.label, answer.reply
