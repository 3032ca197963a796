"""Quarters under a title naming no year, on a small nine-month report of a health department written in our own words
(session 25's report110).

Before: "Thực hiện theo quý" over "Quý I | Quý II | Quý III" named no year, so each quarter's cell was read as
"what was done" with no period: "sl ĐV chuyển đi" offered the three quarters instead of the nine months' 71, a
quarter asked found nothing, and the text's figures were set against quarter cells as if in conflict.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

pytest_plugins = ["tests.answers_conftest"]

HEALTH = """
ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH
ĐẢNG ỦY SỞ Y TẾ
*
Số 33-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạc Sơn, ngày 05 tháng 10 năm 2026

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ 9 tháng đầu năm 2026

I- KẾT QUẢ

1. Khám, chữa bệnh

Tổng số lượt khám bệnh 9 tháng đạt 1.206.480 lượt, bằng 75,41% kế hoạch năm. Số ca sốt xuất huyết 412 ca.

2. Công tác đảng viên

Trong 9 tháng, chuyển đi 36 đảng viên; chuyển đến 21 đảng viên.

PHỤ LỤC
MỘT SỐ CHỈ TIÊU 9 THÁNG ĐẦU NĂM 2026

STT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\tThực hiện theo quý\t\t\t9 tháng 2026\tGhi chú
\t\t\t\tQuý I\tQuý II\tQuý III\t\t
1\tTổng số lượt khám bệnh\tlượt\t1.600.000\t386.120\t402.230\t418.130\t1.206.480\t
2\tSốt xuất huyết\tca\t\t96\t131\t185\t421\t
3\tĐảng viên chuyển đi\tđảng viên\t\t10\t14\t12\t36\t
4\tĐảng viên chuyển đến\tđảng viên\t\t6\t8\t7\t21\t
"""


@pytest.fixture(scope="module")
def health(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "33-BC-DU-2026.txt", HEALTH))


@pytest.mark.parametrize(
    ("question", "value"),
    [("sl ĐV chuyển đi", "36"), ("so ddang vien chuyen den", "21"), ("tổng lượt khám bệnh 9 tháng đầu năm", "1206480")],
    ids=["moved-away", "moved-in", "visits"],
)
def test_the_reports_own_span(health: Engine, question: str, value: str) -> None:
    """No period asked: the nine months the report covers, not one of its quarters."""
    answered_with(health, question, value)


@pytest.mark.parametrize(
    ("question", "value"), [("quý II có bao nhiêu ca sốt xuất huyết", "131"), ("so dang vien chuyen di quy 3", "12")],
    ids=["second-quarter", "third-quarter"],
)
def test_a_quarter_asked(health: Engine, question: str, value: str) -> None:
    """A quarter asked: its cell."""
    answered_with(health, question, value)


def test_a_conflict_against_the_nine_months(health: Engine) -> None:
    """The text's 412 cases against the table's nine months' 421 (not against a quarter's cell)."""
    answer = health.ask("bao nhiêu ca sốt xuất huyết 9 tháng")
    assert {Decimal("412"), Decimal("421")} <= shown_values(answer), answer.reply
    assert not {Decimal("96"), Decimal("131"), Decimal("185")} & shown_values(answer), answer.reply
