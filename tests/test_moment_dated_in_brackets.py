"""A moment dated in brackets ("Tại thời điểm hợp nhất (01/7/2025), …"), on a small merged commune's report written
in our own words (session 26).

Before: the bracket was set aside as an aside, so the members at the merger had no date (in report93 "hiện có bao
nhiêu đảng viên" offered them beside those of the year's end, and the merger's day asked gave the wrong figure).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

COMMUNE = """
ĐẢNG BỘ TỈNH VĨNH AN
ĐẢNG ỦY XÃ PHƯỚC HƯNG
*
Số 41-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Phước Hưng, ngày 22 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác xây dựng Đảng năm 2025

I- KẾT QUẢ

1. Công tác tổ chức

Tại thời điểm hợp nhất (01/7/2025), Đảng bộ xã có 31 chi bộ với 1.117 đảng viên. Sau hợp nhất, Đảng ủy xã sắp
xếp còn 24 chi bộ trực thuộc. Đến ngày 15/12/2025, Đảng bộ xã có 1.153 đảng viên.
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "41-BC-DU-2025.txt", COMMUNE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Đảng bộ xã hiện có bao nhiêu đảng viên?", "1153"),
        ("lúc hợp nhất 1/7/2025 đảng bộ có bao nhiêu đảng viên", "1117"),
    ],
    ids=["now", "on-the-merger-day"],
)
def test_each_date_its_members(commune: Engine, question: str, value: str) -> None:
    """Now: the year's end; the merger's day: the members then (guards: so here before too)."""
    answered_with(commune, question, value)


def test_the_date_is_quoted(commune: Engine) -> None:
    """The merger's figure carries its date."""
    answer = answered_with(commune, "đảng viên tại thời điểm hợp nhất", "1117")
    assert answer.figure is not None and answer.figure.period == "01/7/2025", answer.reply
