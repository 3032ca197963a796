"""Two parts asked as "X và ngoài X" / "X, không X", on a small health report written in our own words (session 26).

Before: "số bác sĩ công lập và ngoài công lập" gave the 285 outside the public sector alone: "công lập" is in both
parts' words, and "ngoài" alone is too light a word to name a part, so only one part counted as named and the
total with its two parts was never shown.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

HEALTH = """
ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH
ĐẢNG ỦY SỞ Y TẾ
*
Số 27-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạc Thủy, ngày 06 tháng 10 năm 2026

BÁO CÁO
kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026

I- KẾT QUẢ

1. Nhân lực y tế

Đến ngày 30/9/2026, toàn tỉnh có 1.734 bác sĩ (công lập 1.472 bác sĩ, ngoài công lập 262 bác sĩ), đạt 10,2 bác sĩ
trên một vạn dân.

2. Đào tạo

Trường Trung cấp Y tế tỉnh tuyển sinh 684 học viên y sĩ (hệ chính quy 174 học viên, hệ không chính quy 510 học
viên).
"""


@pytest.fixture(scope="module")
def health(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "27-BC-DU-2026.txt", HEALTH))


@pytest.mark.parametrize(
    "question",
    ["số bác sĩ công lập và ngoài công lập", "bac si cong lap va ngoai cong lap moi loai bn"],
    ids=["accented", "unaccented"],
)
def test_both_parts_with_their_total(health: Engine, question: str) -> None:
    """The total, with the two parts asked."""
    answer = answered_with(health, question, "1734")
    assert {p.value for p in answer.parts} == {1472, 262}, answer.reply


def test_a_part_and_its_negation(health: Engine) -> None:
    """"chính quy, không chính quy": the total with both parts."""
    answer = answered_with(health, "hv y sĩ hệ chính quy, không chính quy", "684")
    assert {p.value for p in answer.parts} == {174, 510}, answer.reply


def test_one_part_asked(health: Engine) -> None:
    """One part asked: that part (a guard: so before too)."""
    answered_with(health, "bác sĩ ngoài công lập có bao nhiêu", "262")
