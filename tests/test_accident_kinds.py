"""Accidents at work asked of a report that gives road accidents only, on a small ward report written in our own
words (session 26).

Before: "bao nhiêu vụ tai nạn lao động" was answered with the 4 road accidents ("tai nạn giao thông"): the
lexicon's contrasts now hold the two kinds apart.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

WARD = """
ĐẢNG BỘ QUẬN BÌNH LỢI
ĐẢNG ỦY PHƯỜNG TÂN AN
*
Số 12-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân An, ngày 28 tháng 6 năm 2026

BÁO CÁO
kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026

I- KẾT QUẢ

1. Quốc phòng, an ninh

Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững. Trên địa bàn xảy ra 4 vụ tai nạn giao thông, làm
chết 2 người, bị thương 3 người; không để xảy ra cháy nổ lớn.
"""


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "12-BC-DU-2026.txt", WARD))


@pytest.mark.parametrize(
    "question", ["bao nhiêu vụ tai nạn lao động", "so vu tai nan lao dong 6 thang"], ids=["accented", "unaccented"]
)
def test_no_accidents_at_work(ward: Engine, question: str) -> None:
    """The report counts no accidents at work: nothing is answered."""
    answer = ward.ask(question)
    assert answer.status != "answered", answer.reply


def test_road_accidents(ward: Engine) -> None:
    """Road accidents asked: the 4 (a guard: so before too)."""
    answered_with(ward, "có bao nhiêu vụ tai nạn giao thông", "4")
