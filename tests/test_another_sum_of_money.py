"""A sum of money asked that the report gives no rise of, on a small bloc report written in our own words
(session 26).

Before: "tổng thu ngân sách tăng bao nhiêu %" was answered with the 11,67% by which the banks' deposits rose: the
only rise in a sentence that also names "nộp ngân sách". The figure's own label names another sum of money.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

BLOC = """
ĐẢNG BỘ TỈNH SƠN ĐÔNG
ĐẢNG ỦY KHỐI DOANH NGHIỆP
*
Số 74-BC/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Sơn Đông, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I- KẾT QUẢ

1. Sản xuất kinh doanh

Lĩnh vực ngân hàng: tổng huy động vốn đạt 48.210 tỷ đồng, tăng 9,35% so với cùng kỳ; tổng dư nợ đạt 51.090 tỷ
đồng; nộp ngân sách 1.204 tỷ đồng.

Tổng thu ngân sách của các doanh nghiệp trong Khối đạt 6.315 tỷ đồng, bằng 104,2% dự toán.
"""


@pytest.fixture(scope="module")
def bloc(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "74-BC-DUK-2025.txt", BLOC))


@pytest.mark.parametrize(
    "question",
    ["Tổng thu ngân sách tăng bao nhiêu phần trăm so với cùng kỳ?", "thu ngan sach tang bn % so cung ky"],
    ids=["accented", "unaccented"],
)
def test_no_rise_of_another_sum(bloc: Engine, question: str) -> None:
    """The deposits' rise is no rise of the budget revenue: not found."""
    answer = bloc.ask(question)
    assert answer.status != "answered", answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [("huy động vốn tăng bao nhiêu % so cùng kỳ", "9.35"), ("tổng thu ngân sách đạt bao nhiêu", "6315")],
    ids=["the-deposits-rise", "the-revenue"],
)
def test_the_sum_asked_still_answered(bloc: Engine, question: str, value: str) -> None:
    """The sum the label names, asked: its own figure (a guard: so before too)."""
    answered_with(bloc, question, value)
