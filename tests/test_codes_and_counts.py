"""Codes that name a class, and what a question counts, written small in our own words.

Session 18's unseen data taught: "110kV", "5G" glued to their digits name a class of lines or of stations, so
"công trình lưới điện 110kV" and "công trình lưới điện 22kV" are two figures, not one; the thing counted right
after "bao nhiêu" ("bao nhiêu sự cố") must be in the figure's words when the figure counts another thing
("06 công trình"), else the report has no such figure; "nhà mạng" are the telecom companies; "từ 3 đến 5 sao"
names a class of hotels, no figure 3.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.question import parse
from tests.report_sets import answered_with, engine_for, written

GRID_YEAR = """

ĐẢNG BỘ TỈNH LAM HÀ
ĐẢNG ỦY SỞ CÔNG THƯƠNG
*
Số 17-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Lam Hà, ngày 15 tháng 01 năm 2026

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025

I- HẠ TẦNG

Năm 2025 đầu tư 58 công trình điện¹; sóng di động 4G phủ đến 100% thôn, bản; các doanh nghiệp viễn thông đã lắp đặt
412 trạm phát sóng 5G, phủ sóng 58/58 trung tâm xã. Toàn tỉnh có 1.124.300 thuê bao di động băng rộng. Không để
xảy ra sự cố mất điện diện rộng.

¹ Trong đó có 06 công trình lưới điện 110kV với tổng mức đầu tư 287,5 tỷ đồng và 52 công trình lưới điện 22kV với
tổng mức đầu tư 96,4 tỷ đồng.

Toàn tỉnh có 46 khách sạn từ 3 đến 5 sao với 4.218 phòng. Thể thao thành tích cao đạt 68 huy chương vàng, 71 huy
chương bạc.

II- XÂY DỰNG ĐẢNG

Đảng bộ kết nạp 37 đảng viên mới, đạt 105,71% chỉ tiêu; tiếp nhận 24 đơn thư, đã giải quyết 21 đơn.
"""


@pytest.fixture(scope="module")
def grid(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "17-BC-DU-2026.txt", GRID_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("có bao nhiêu công trình lưới điện 110kV", "6"),
        ("so cong trinh luoi dien 22kv", "52"),
        ("tổng mức đầu tư lưới điện 110kV bao nhiêu tỷ", "287.5"),
        ("các nhà mạng lắp được bao nhiêu trạm 5G", "412"),
    ],
    ids=["110kV", "22kV-plain", "110kV-money", "5G-by-the-telecoms"],
)
def test_a_code_names_its_class(grid: Engine, question: str, value: str) -> None:
    """"110kV" and "22kV" tell two figures of the same words apart; "nhà mạng" are "doanh nghiệp viễn thông"."""
    answered_with(grid, question, value)


@pytest.mark.parametrize(
    "question",
    ["năm 2025 xảy ra bao nhiêu sự cố lưới điện 110kV", "bao nhiêu sự cố mất sóng 5G"],
    ids=["incidents-on-110kV", "5G-outages"],
)
def test_what_is_counted_must_be_said(grid: Engine, question: str) -> None:
    """The report counts works and stations on those lines, no incident: no figure, not the nearest."""
    answer = grid.ask(question)
    assert answer.status != "answered", answer.reply


@pytest.mark.parametrize(
    ("question", "counted"),
    [("xảy ra bao nhiêu sự cố", "su"), ("đơn thư tiếp nhận bao nhiêu, giải quyết ra sao", None)],
    ids=["right-after", "across-a-comma"],
)
def test_what_bao_nhieu_counts(grid: Engine, question: str, counted: str | None) -> None:
    """What stands right after "bao nhiêu" is counted; after a comma ("…, giải quyết") it is another clause."""
    found = [c.words[0] for c in parse(question, grid.index).concepts if c.after_quantity]
    assert found == ([counted] if counted else [])


def test_a_star_range_is_a_class(grid: Engine) -> None:
    """"46 khách sạn từ 3 đến 5 sao với 4.218 phòng": the 3 is no figure; the rooms are the class's."""
    assert not [f for f in grid.index.facts if f.value == 3], [f.label for f in grid.index.facts if f.value == 3]
    answered_with(grid, "khách sạn 3 đến 5 sao có bao nhiêu phòng", "4218")


def test_medal_abbreviations(grid: Engine) -> None:
    """"HCB" is huy chương bạc (silver medals)."""
    answered_with(grid, "so HCB", "71")
