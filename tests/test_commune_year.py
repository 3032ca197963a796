"""A merged commune's year, written small in our own words.

Session 20's data taught: a sentence in the middle of a paragraph that opens "Kết quả đánh giá, xếp loại chất
lượng năm 2024 của 03 Đảng bộ xã cũ: …" dates every figure after its colon, the last clause's too; a sentence
naming several years ("Năm 2020: 98 đồng chí; năm 2021: …; trong đó …") dates none of its items by the first;
"… lên 87 đồng chí" (comrades) and the column "Miễn sinh hoạt" of "Đảng viên" (78) are one measure at odds.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, shown_values, written

COMMUNE = """

ĐẢNG BỘ TỈNH TÂY SƠN
ĐẢNG ỦY XÃ LONG ĐIỀN
*
Số 45-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Long Điền, ngày 10 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác xây dựng Đảng năm 2025

I- KẾT QUẢ

1. Công tác tổ chức cơ sở đảng và đảng viên

Các chi bộ duy trì nền nếp sinh hoạt định kỳ. Kết quả đánh giá, xếp loại chất lượng năm 2024 của 03 Đảng bộ xã
cũ: 35 chi bộ có 31 chi bộ hoàn thành tốt nhiệm vụ trở lên, đạt 88,57%; đảng viên hoàn thành tốt nhiệm vụ trở
lên đạt 93,68%. Năm 2025, đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 95,12%.

Xét miễn công tác và sinh hoạt đảng cho 12 đảng viên tuổi cao, sức yếu, nâng tổng số đảng viên được miễn sinh
hoạt lên 87 đồng chí.

2. Huy hiệu Đảng

Trao tặng Huy hiệu Đảng cho 486 đồng chí¹.

¹ Năm 2021: 98 đồng chí; năm 2022: 142 đồng chí; năm 2023: 131 đồng chí; năm 2024: 115 đồng chí; trong đó có 03
đồng chí nhận Huy hiệu 70 năm tuổi Đảng.

PHỤ LỤC
SỐ LIỆU CÁC CHI BỘ

STT\tChi bộ\tĐảng viên đến 30/11/2025\tTrong đó\t
\t\t\tDự bị\tMiễn sinh hoạt
1\tChi bộ thôn Đông Hòa\t645\t17\t46
2\tChi bộ thôn Tây Hòa\t486\t12\t32
\tTổng cộng\t1.131\t29\t78
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "45-BC-DU-2025.txt", COMMUNE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tỷ lệ đv HTTNV trở lên năm 2024", "93.68"),
        ("ty le dang vien hoan thanh tot nhiem vu tro len nam 2025", "95.12"),
    ],
    ids=["after-the-colon", "the-reports-own-year"],
)
def test_a_sentences_lead_dates_its_figures(commune: Engine, question: str, value: str) -> None:
    """Each year's share, from the sentence that dates it (the report's own year is a guard)."""
    answer = commune.ask(question)
    assert answer.status == "answered", answer.reply
    assert answer.figure is not None and answer.figure.value == Decimal(value), answer.reply


def test_a_list_of_years_dates_no_item_by_the_first(commune: Engine) -> None:
    """"trong đó có 03 đồng chí nhận Huy hiệu 70 năm" is of no one year of the list (a guard)."""
    three = [f for f in commune.index.facts if f.value == Decimal("3") and f.origin == "footnote"]
    assert three and all(f.period != "2021" for f in three)


def test_comrades_and_members_are_one_count(commune: Engine) -> None:
    """87 "đồng chí" in the text against 78 in the members' table: both shown, each with its source."""
    answer = commune.ask("tổng số đảng viên được miễn sinh hoạt")
    assert {Decimal("87"), Decimal("78")} <= shown_values(answer), answer.reply
