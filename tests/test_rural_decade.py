"""A district's ten years of new-style rural areas, written small in our own words.

It holds what session 16's data taught: "… nông thôn mới 10 năm đạt 4.862,5 tỷ đồng" writes a span, not a
figure of 10; "có thêm 17 xã …, nâng tổng số lên 19/19 xã" counts the 19 as what the 17 were added to;
"số trường … tăng từ 28 trường (39,44%) năm 2015 lên 58/71 trường" reads 28 as 2015's and 58 as the measure
now; a note cell "Tổng số 71 trường" is all the schools, not those up to standard; "độ tuổi từ 16 đến 30" is
an age range, no figures; a note marked after a sum of money explains the count its items add up to.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, written

RURAL_DECADE = """

ĐẢNG BỘ TỈNH HÒA NINH
HUYỆN ỦY TÂN AN
*
Số 88-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân An, ngày 15 tháng 10 năm 2025

BÁO CÁO
tổng kết 10 năm thực hiện Nghị quyết số 03-NQ/HU về xây dựng nông thôn mới giai đoạn 2016 - 2025

I- KẾT QUẢ

Qua 10 năm thực hiện, có thêm 15 xã được công nhận đạt chuẩn nông thôn mới, nâng tổng số lên 17/17 xã (đạt 100% chỉ tiêu Nghị quyết). Đến nay có 06 xã đạt chuẩn nông thôn mới nâng cao.

Số trường đạt chuẩn quốc gia tăng từ 24 trường (38,10%) năm 2015 lên 52/63 trường (82,54%) năm 2025.

Tổng nguồn lực huy động xây dựng nông thôn mới 10 năm đạt 3.914,2 tỷ đồng, đạt 104,38% chỉ tiêu Nghị quyết.

Toàn huyện hiện có 21.350 thanh niên trong độ tuổi từ 16 đến 30; thanh niên tham gia thực hiện 24 công trình thanh niên với tổng giá trị 3,6 tỷ đồng¹.

¹ Cấp huyện 6 công trình, cấp xã 18 công trình.

Thu nhập bình quân đầu người năm 2025 đạt 66,4 triệu đồng/người/năm, vượt chỉ tiêu Nghị quyết (65 triệu đồng/người/năm). Kiên cố hóa 64,2 km kênh mương nội đồng. Tổng dư nợ ủy thác qua tổ chức hội là 812,4 tỷ đồng với 402 tổ và 15.220 hộ vay. Công tác giảm nghèo đạt kết quả tích cực².

² Giai đoạn 2016 - 2020 có 1.920 hộ thoát nghèo; giai đoạn 2021 - 2025 có 1.305 hộ thoát nghèo.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2016\tNăm 2020\tNăm 2025\tGhi chú
1\tSố trường đạt chuẩn quốc gia\tTrường\t27\t40\t52\tTổng số 63 trường
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "88-BC-HU-2025.txt", RURAL_DECADE))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Tổng nguồn lực huy động xây dựng nông thôn mới 10 năm là bao nhiêu?", "3914.2"),
        ("Có bao nhiêu trường đạt chuẩn quốc gia?", "52"),
        ("năm 2015 có bao nhiêu trường đạt chuẩn quốc gia", "24"),
        ("tổng số trường là bao nhiêu", "63"),
        ("so thanh nien trong do tuoi 16 den 30", "21350"),
        ("từ 2021 đến 2025 bao nhiêu hộ ra khỏi diện nghèo", "1305"),
        ("chiều dài kênh mương được bê tông hóa", "64.2"),
        ("tong du no uy thac qua to chuc hoi", "812.4"),
    ],
    ids=["a-span-typed-is-no-figure", "fraction-after-from-up-to", "the-start-of-from-up-to", "all-the-schools", "age-range", "a-span-named-by-a-note", "concreted", "loans-are-money"],
)
def test_the_figure_asked(district: Engine, question: str, expected: str) -> None:
    answer = district.ask(question)
    assert answer.status == "answered" and answer.figure is not None, answer.reply
    assert answer.figure.value == Decimal(expected), answer.reply


def test_raised_to_a_fraction_counts_what_was_added(district: Engine) -> None:
    labels = {f.label for f in district.index.facts if f.value == Decimal("17") and f.origin == "text"}
    assert "số xã được công nhận đạt chuẩn nông thôn mới" in labels, labels


def test_an_age_range_is_no_figure(district: Engine) -> None:
    assert not {f.value for f in district.index.facts} & {Decimal("16"), Decimal("30")}


def test_a_note_explains_the_figure_its_items_add_up_to(district: Engine) -> None:
    """"24 công trình … trị giá 3,6 tỷ đồng¹" with "¹ Cấp huyện 6 công trình, cấp xã 18": the 24's parts."""
    answer = district.ask("công trình thanh niên theo từng cấp")
    assert answer.figure is not None and answer.figure.value == Decimal("24"), answer.reply
    assert {p.value for p in answer.parts} == {Decimal("6"), Decimal("18")}, answer.reply


def test_a_notes_whole_is_not_the_rows_measure(district: Engine) -> None:
    labels = {f.label for f in district.index.facts if f.value == Decimal("63") and f.origin == "table"}
    assert labels == {"Tổng số trường"}, labels


def test_a_resolutions_number_is_no_target_given(district: Engine) -> None:
    """"chỉ tiêu NQ 03 về thu nhập …": the 03 names the resolution; its target is asked, not what was done."""
    answer = district.ask("chỉ tiêu NQ 03 về thu nhập bình quân đầu người đến 2025")
    assert answer.figure is None or answer.figure.value != Decimal("66.4"), answer.reply
    assert answer.status != "answered" or answer.figure.value == Decimal("65"), answer.reply
