"""Tables of one appendix and the figures they restate, on small reports written in our own words (session 25's
report106, report82, report104).

Before: a second table under the same appendix ("b) Lao động …" after "a) Đầu tư …") was read with the first
table's columns, so its total of workers in stoppages was "Vốn FDI đăng ký" and its 5 stoppages stood as FDI
projects; a place named with its capital letters ("huyện An Lạc") that the best figure never names was answered
with the province's figure; "kg" was "không" typed short. (A table cell refused for lacking a word the question
says now gives way to the same figure said elsewhere in those words: measured on the question sets, report71,
report76, report104; this small report passes either way.)
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

pytest_plugins = ["tests.answers_conftest"]

ZONES = """
ĐẢNG BỘ TỈNH BẢO NAM
ĐẢNG ỦY CÁC KHU CÔNG NGHIỆP
*
Số 64-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bảo Nam, ngày 20 tháng 12 năm 2025

BÁO CÁO
kết quả công tác năm 2025

I- KẾT QUẢ

1. Thu hút đầu tư

Đến 31/12/2025, các khu công nghiệp có 156 dự án FDI còn hiệu lực. Thu giữ 3,72 kg heroin trong các vụ án ma túy tại khu nhà trọ công nhân.

2. Quan hệ lao động

Trong năm xảy ra 5 cuộc ngừng việc tập thể với 1.480 người tham gia.

PHỤ LỤC 2
SỐ LIỆU THEO KHU CÔNG NGHIỆP (đến 31/12/2025)

a) Đầu tư
STT\tKhu công nghiệp\tDiện tích (ha)\tDự án FDI còn hiệu lực\tVốn FDI đăng ký (triệu USD)
1\tTân Lập\t420,5\t61\t1.204,6
2\tSuối Ngọc\t385,2\t48\t986,3

STT\tKhu công nghiêp\tDiện tích (ha)\tDự án FDI còn hiệu lực\tVốn FDI đăng ký (tr. USD)
3\tPhú Điền\t301,8\t47\t802,1
\tTổng cộng\t1.107,5\t156\t2.993,0

b) Lao động
STT\tKhu công nghiệp\tLao động (người)\tNgừng việc tập thể (cuộc)\tSố người tham gia ngừng việc
1\tTân Lập\t18.240\t2\t1.120
2\tSuối Ngọc\t15.106\t2\t410
3\tPhú Điền\t12.330\t1\t310
\tTổng cộng\t45.676\t5\t1.840

PHỤ LỤC 3
MỘT SỐ CHỈ TIÊU

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2024\tNăm 2025
1\tHeroin thu giữ\tKg\t2,95\t3,72
2\tNhà ở xã hội cho công nhân (huyện An Lạc)\tCăn\t120\t184
"""


@pytest.fixture(scope="module")
def zones(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "64-BC-DU-2025.txt", ZONES))


def test_the_second_tables_own_columns(zones: Engine) -> None:
    """The workers of the labour table, by their own column, not the investment table's."""
    answered_with(zones, "KCN Tân Lập có bao nhiêu lao động", "18240")


def test_a_conflict_in_the_second_table(zones: Engine) -> None:
    """The text's 1.480 workers in stoppages against the labour table's total 1.840: both shown."""
    answer = zones.ask("bao nhiêu công nhân tham gia ngừng việc tập thể")
    assert {Decimal("1480"), Decimal("1840")} <= shown_values(answer), answer.reply


def test_the_first_tables_total_alone(zones: Engine) -> None:
    """FDI projects in force: 156, with no stoppage count of the other table beside it."""
    answered_with(zones, "có bao nhiêu dự án FDI còn hiệu lực", "156")


@pytest.mark.parametrize(
    "question", ["thu giữ được bao nhiêu kg heroin", "thu được mấy ký heroin"], ids=["kg", "ky-as-spoken"]
)
def test_kilograms_seized(zones: Engine, question: str) -> None:
    """"kg" is kilograms (it was "không" typed short), and so is "mấy ký"."""
    answered_with(zones, question, "3.72")


@pytest.mark.parametrize(
    "question",
    ["huyện An Lạc có bao nhiêu dự án FDI còn hiệu lực", "huyện Phú Lộc có bao nhiêu dự án FDI còn hiệu lực"],
    ids=["a-district-named-elsewhere", "a-district-never-named"],
)
def test_a_place_the_report_does_not_name(zones: Engine, question: str) -> None:
    """No figure of a place the report gives no such figure for (the whole province's are not it; the district
    never named passes either way: a guard)."""
    assert zones.ask(question).status != "answered"
