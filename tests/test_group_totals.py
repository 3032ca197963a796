"""Tables of bodies with groups and dates (session 24's report95, report99 and report100), written small in
our own words.

Before: a group's sum ("Cộng khu vực A") was labelled as the whole table's ("Hộ cận nghèo"), so "còn bao nhiêu
hộ cận nghèo" could not tell it from "Tổng cộng"; a column "Đảng viên 01/01/2026" was the year's figure, so the
text's members at the year's end met it as a conflict; a row under "Kết nạp mới đoàn viên, hội viên" was no
event, so "Hội Nông dân có bao nhiêu hội viên" offered the admitted beside the members.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

WARD = """
ĐẢNG BỘ THÀNH PHỐ BẢO LỘC
ĐẢNG ỦY PHƯỜNG TÂN AN
*
Số 41-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân An, ngày 15 tháng 12 năm 2026

BÁO CÁO
kết quả công tác năm 2026

I- KẾT QUẢ

Phường Tân An được thành lập năm 2025 trên cơ sở nhập phường Tân An (cũ) và phường Tân Hà (cũ).

1. Công tác xây dựng Đảng

Đến ngày 31/12/2026, toàn Đảng bộ có 1.052 đảng viên, tăng 31 đảng viên so với đầu năm; trong đó 1.003 đảng viên chính thức, 49 đảng viên dự bị.

2. Công tác dân vận

Hội Nông dân phường có 2.415 hội viên, kết nạp mới 118 hội viên; Hội Cựu chiến binh có 684 hội viên, kết nạp mới 27 hội viên.

PHỤ LỤC 1
SỐ LIỆU THEO TỔ DÂN PHỐ

STT\tTổ dân phố\tSố hộ\tHộ nghèo\tHộ cận nghèo\tĐảng viên 01/01/2026\tĐảng viên 31/12/2026
A\tKhu vực phường Tân An (cũ)\t\t\t\t\t
1\tTổ 1\t412\t3\t9\t140\t146
2\tTổ 2\t388\t2\t7\t131\t133
\tCộng khu vực A\t800\t5\t16\t271\t279
B\tKhu vực phường Tân Hà (cũ)\t\t\t\t\t
3\tTổ 3\t455\t4\t11\t352\t365
4\tTổ 4\t501\t6\t12\t398\t408
\tCộng khu vực B\t956\t10\t23\t750\t773
\tTổng cộng\t1.756\t15\t39\t1.021\t1.052

PHỤ LỤC 2
ĐOÀN VIÊN, HỘI VIÊN

STT\tNội dung\tĐơn vị tính\tNăm 2025\tNăm 2026
I\tMẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ\t\t\t
1\tTổng số đoàn viên, hội viên\tNgười\t3.039\t3.099
-\tHội Nông dân\tHội viên\t2.371\t2.415
-\tHội Cựu chiến binh\tHội viên\t668\t684
2\tKết nạp mới đoàn viên, hội viên\tNgười\t127\t145
-\tHội Nông dân\tHội viên\t102\t118
-\tHội Cựu chiến binh\tHội viên\t25\t27
"""


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "41-BC-DU-2026.txt", WARD))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("con bao nhieu ho can ngheo", "39"),
        ("số hộ nghèo của phường", "15"),
        ("phường Tân Hà cũ có bao nhiêu hộ cận nghèo", "23"),
        ("Hội Nông dân có bao nhiêu hội viên", "2415"),
        ("hoi cuu chien binh co bn hoi vien", "684"),
    ],
    ids=["whole-not-a-group", "whole-of-another-column", "a-group-asked", "members-not-admitted", "veterans-members"],
)
def test_group_totals(ward: Engine, question: str, value: str) -> None:
    """The whole table's sum when the ward is asked, a group's when it is named; a stock, not the admitted."""
    answered_with(ward, question, value)


def test_a_group_sum_is_named_by_its_group(ward: Engine) -> None:
    """"Cộng khu vực A" is shown as that group's figure, not as the ward's."""
    answer = answered_with(ward, "phường Tân An cũ có bao nhiêu hộ cận nghèo", "16")
    assert answer.figure is not None and "Cộng khu vực A" in answer.figure.label, answer.reply


def test_members_at_the_start_of_the_year_are_no_conflict(ward: Engine) -> None:
    """The column "Đảng viên 01/01/2026" is the year's opening stock: the 1.003 full members at its end
    disagree with nothing."""
    answer = answered_with(ward, "bao nhiêu đảng viên chính thức", "1003")
    assert not answer.conflict and Decimal("1021") not in {a.value for a in answer.alternatives}, answer.reply
