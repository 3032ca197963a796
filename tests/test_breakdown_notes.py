"""A figure broken down twice, written small in our own words.

Session 22 taught: a figure may be split one way in its sentence ("trong đó tham gia tố tụng …") and another
way in its footnote ("⁴ Đối tượng được trợ giúp: người thuộc hộ nghèo …"); a breakdown asked "theo đối tượng"
is the note's. A count whose own note says something else ("⁶ 03 đảng viên … không đánh giá") is broken
down by the note of the rate said after it ("bằng 105,56% chỉ tiêu⁷"). "Thi hành kỷ luật 07 đảng viên, trong đó
khiển trách 04 đồng chí, …": party members counted as comrades after "trong đó" are its parts (not the flows of a
sentence, "công nhận chính thức cho 38 đồng chí; 05 đảng viên từ trần, …", that happen to add up). Of two breakdowns of one figure, one adding up to the whole beats a lone "Trong đó" row.
(Both failed before: the sentence's parts, or the table's lone row, answered.) Later in session 22: a paragraph's
dated lead-in ("Đánh giá, xếp loại chất lượng năm 2025: …") names its figures for matching; bare figures after
"trong đó" or a colon share the first part's unit; one year's item ("năm 2024: 06 đảng viên (…)") never takes
the next year's bracket.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

JUSTICE = """

ĐẢNG BỘ TỈNH HÀ NGUYÊN
ĐẢNG ỦY SỞ TƯ PHÁP
*
Số 17-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nguyên, ngày 10 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I- CÔNG TÁC CHUYÊN MÔN

1. Trợ giúp pháp lý
Trong năm, Trung tâm đã thụ lý 940 vụ việc trợ giúp pháp lý⁴, trong đó tham gia tố tụng 610 vụ việc, tư vấn pháp luật 300 vụ việc, đại diện ngoài tố tụng 30 vụ việc.
⁴ Đối tượng được trợ giúp pháp lý: người thuộc hộ nghèo 250 vụ việc, người dân tộc thiểu số 400 vụ việc, trẻ em 120 vụ việc, đối tượng khác 170 vụ việc.

II- CÔNG TÁC XÂY DỰNG ĐẢNG

Trong năm kết nạp 45 đảng viên⁵; công nhận đảng viên chính thức cho 38 đồng chí; có 05 đảng viên từ trần, xóa tên 02 đảng viên.
Thi hành kỷ luật 07 đảng viên, trong đó khiển trách 04 đồng chí, cảnh cáo 02 đồng chí, khai trừ 01 đồng chí.
⁵ Công chức 30 đồng chí, viên chức 15 đồng chí.
Kết quả đánh giá, xếp loại năm 2025: có 60 đảng viên được đánh giá, xếp loại⁶, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 95% (chỉ tiêu 90%), bằng 105,56% chỉ tiêu⁷.
⁶ 03 đảng viên mới kết nạp chưa đủ 06 tháng không đánh giá, xếp loại.
⁷ Hoàn thành xuất sắc nhiệm vụ 12 đảng viên, hoàn thành tốt nhiệm vụ 45 đảng viên, hoàn thành nhiệm vụ 02 đảng viên, không hoàn thành nhiệm vụ 01 đảng viên.

PHỤ LỤC
MỘT SỐ CHỈ TIÊU NĂM 2025

STT\tNội dung\tĐơn vị tính\tNăm 2024\tNăm 2025
1\tKết nạp đảng viên\tĐảng viên\t41\t45
\t- Trong đó: công chức\tĐảng viên\t28\t30
"""


@pytest.fixture(scope="module")
def justice(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "17-BC-DU-2025.txt", JUSTICE))


@pytest.mark.parametrize(
    ("question", "total", "parts"),
    [
        ("vụ việc trợ giúp pháp lý chia theo đối tượng", "940", {"250", "400", "120", "170"}),
        ("tro giup phap ly chia theo hinh thuc tham gia to tung tu van", "940", {"610", "300", "30"}),
        ("kết nạp đảng viên năm 2025 chia theo đối tượng", "45", {"30", "15"}),
        ("xếp loại đảng viên năm 2025 cụ thể từng mức", "60", {"12", "45", "2", "1"}),
        ("kỷ luật đảng viên theo từng hình thức", "7", {"4", "2", "1"}),
        ("kết nạp đảng viên năm 2025 cụ thể", "45", {"30", "15"}),
    ],
    ids=[
        "the-note-names-what-it-splits-by", "the-sentence-names-its-parts", "whole-split-beats-a-lone-row",
        "the-note-of-the-rate-after-the-count", "members-split-as-comrades", "no-flow-of-comrades-as-parts",
    ],
)
def test_the_breakdown_asked(justice: Engine, question: str, total: str, parts: set[str]) -> None:
    """The total with the breakdown the question asks for."""
    answer = answered_with(justice, question, total)
    assert {p.value for p in answer.parts} == {Decimal(v) for v in parts}


PARTY = """

ĐẢNG BỘ TỈNH HÀ NGUYÊN
ĐẢNG ỦY SỞ NỘI VỤ
*
Số 44-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nguyên, ngày 18 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I- CÔNG TÁC XÂY DỰNG ĐẢNG

Đánh giá, xếp loại chất lượng năm 2025: Đảng bộ được xếp loại hoàn thành tốt nhiệm vụ. Có 240 đảng viên được đánh giá: hoàn thành xuất sắc nhiệm vụ 36 đồng chí, hoàn thành tốt nhiệm vụ 190 đồng chí, hoàn thành nhiệm vụ 12 đồng chí, không hoàn thành nhiệm vụ 02 đồng chí.

Trong năm, các chi bộ tổ chức 118 buổi sinh hoạt chuyên đề, trong đó 41 buổi về chuyển đổi số, 52 về cải cách hành chính, 25 về đạo đức công vụ.

Kết quả thi hành kỷ luật đảng viên qua các năm: năm 2024: 06 đảng viên (khiển trách 04, cảnh cáo 02); năm 2025: 07 đảng viên (khiển trách 05, cảnh cáo 01, khai trừ 01).
"""


@pytest.fixture(scope="module")
def party(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "44-BC-DU-2025.txt", PARTY))


@pytest.mark.parametrize(
    ("question", "total", "parts"),
    [
        ("bn đv được đánh giá xếp loại năm 2025", "240", {"36", "190", "12", "2"}),
        ("sinh hoạt chuyên đề chia theo chủ đề", "118", {"41", "52", "25"}),
        ("năm 2024 kỷ luật đảng viên theo từng hình thức", "6", {"4", "2"}),
    ],
    ids=["the-paragraph-lead-names-the-rating", "bare-parts-share-the-first-ones-unit", "each-year-keeps-its-own-bracket"],
)
def test_parts_after_their_opening(party: Engine, question: str, total: str, parts: set[str]) -> None:
    """A paragraph's dated lead-in names its figures; parts after "trong đó" or a colon share a unit."""
    answer = answered_with(party, question, total)
    assert {p.value for p in answer.parts} == {Decimal(v) for v in parts}
