"""A rate's change in points ("giảm 0,86 điểm phần trăm") is its own unit (session 34), in our own words.

Before, "0,86 điểm phần trăm" was read as a bare number and "giảm mấy điểm %" as a rate asked: the rate itself
(2,14 %) was given, a wrong figure.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

SOCIAL_YEAR = """
ỦY BAN NHÂN DÂN HUYỆN ĐÔNG LỘC
PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
*
Số 215/BC-LĐTBXH

Đông Lộc, ngày 19 tháng 12 năm 2025

BÁO CÁO
kết quả thực hiện nhiệm vụ năm 2025

I. GIẢM NGHÈO

Theo kết quả rà soát, toàn huyện còn 812 hộ nghèo, tỷ lệ hộ nghèo còn 2,14%, giảm 0,86 điểm phần trăm so với năm 2024; tỷ lệ hộ cận nghèo 3,05%, giảm 0,41 điểm %.
"""


@pytest.fixture(scope="module")
def social(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "215-BC-LDTBXH-2025.txt", SOCIAL_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tỷ lệ hộ nghèo giảm mấy điểm phần trăm", "0.86"),
        ("ty le ho ngheo giam bao nhieu diem %", "0.86"),
        ("tỷ lệ hộ cận nghèo giảm bao nhiêu điểm %", "0.41"),
        ("tỷ lệ hộ nghèo còn bao nhiêu", "2.14"),
    ],
    ids=["points", "points-plain", "points-short-spelling", "rate-guard"],
)
def test_points_asked_in_points(social: Engine, question: str, value: str) -> None:
    """The fall in points when points are asked; the rate when the rate is (a guard: it passed before)."""
    answer = answered_with(social, question, value)
    assert answer.figure is not None
    assert answer.figure.unit == ("%" if value == "2.14" else "điểm phần trăm")
