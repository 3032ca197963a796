"""A ward's nine months, written small in our own words.

It holds what session 15's held-back data taught: a title "… năm 2026 (9 tháng đầu năm)" reports nine
months, so the text's figures meet the appendix's "Thực hiện 9 tháng 2026"; "số hội viên từ 1.204 lên
1.288 người" ends at 1.288 hội viên (not "lên người"); a note's items under "Số giảm …:" are falls.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.document import report_period
from knowledge.engine import Engine
from tests.report_sets import engine_for, shown_values, written

WARD_NINE_MONTHS = """

ĐẢNG BỘ TỈNH HÒA NAM
ĐẢNG ỦY PHƯỜNG AN PHÚ
*
Số 71-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Phú, ngày 02 tháng 10 năm 2026

BÁO CÁO
về nhiệm vụ năm 2026 (9 tháng đầu năm);
phương hướng, nhiệm vụ trọng tâm 3 tháng cuối năm 2026

I- KẾT QUẢ

Thu tiền sử dụng đất đạt 12.450 triệu đồng.

- Hội Cựu chiến binh phường: số hội viên từ 1.204 lên 1.288 người; công tác phát triển hội viên đạt kết quả khá¹.

¹ Số giảm trong năm (do chuyển sinh hoạt, từ trần): Hội Cựu chiến binh 21 hội viên; Hội Nông dân 35 hội viên.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2026\tThực hiện 9 tháng 2026\tCùng kỳ 2025\t% so KH\t% so CK
1\tThu tiền sử dụng đất\tTriệu đồng\t15.000\t12.540\t11.020\t83,60\t113,79
"""


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "71-BC-DU-2026.txt", WARD_NINE_MONTHS))


def test_a_year_with_its_months_in_brackets_is_that_span() -> None:
    assert report_period("về nhiệm vụ năm 2026 (9 tháng đầu năm)") == "9 tháng 2026"


def test_the_texts_figure_meets_the_nine_months_column(ward: Engine) -> None:
    answer = ward.ask("thu tiền sử dụng đất 9 tháng được bao nhiêu")
    values = shown_values(answer)
    assert answer.conflict and values == {Decimal("12450"), Decimal("12540")}, answer.reply


def test_from_one_figure_up_to_another_is_the_same_measure(ward: Engine) -> None:
    """"số hội viên từ 1.204 lên 1.288 người": the 1.288 is labelled by the measure, not by "lên"."""
    labels = {f.label for f in ward.index.facts if f.value == Decimal("1288")}
    assert labels and all(label.startswith("số hội viên") for label in labels), labels


def test_a_notes_items_under_a_fall_are_falls(ward: Engine) -> None:
    """"¹ Số giảm trong năm …: Hội Nông dân 35 hội viên" is how many left, not how many there are."""
    answer = ward.ask("hội nông dân hiện có bao nhiêu hội viên")
    assert answer.status != "answered", answer.reply
