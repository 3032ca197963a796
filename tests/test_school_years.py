"""An education department's mid-term review, written small in our own words.

It holds what session 12's unseen reports taught: figures of school years ("năm học 2025 – 2026",
an appendix column "Năm 2026 (NH 2025-2026)") asked by the school year or by the year it ends in; a
target column of the whole term ("Chỉ tiêu Nghị quyết nhiệm kỳ 2025-2030"), aimed at by its end; a
paragraph whose lead-in names the year ("Kết quả đánh giá, xếp loại năm 2026: …") over a sentence
that does not, and a footnote of grades that takes its carrier's year.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

HEAD = (
    "STT\tNội dung\tĐVT\tChỉ tiêu Nghị quyết nhiệm kỳ 2025-2030\tThực hiện qua các năm\t\t\t"
    "Ước đến cuối năm 2027\tGhi chú"
)
YEARS = "\t\t\t\tNăm 2025 (NH 2024-2025)\tNăm 2026 (NH 2025-2026)\t9 tháng 2027 (NH 2026-2027)\t\t"

MID_TERM = f"""

ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH NAM LAM
ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO
*
Số 31-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Lam, ngày 20 tháng 10 năm 2027

BÁO CÁO
kết quả thực hiện Nghị quyết Đại hội Đảng bộ Sở nhiệm kỳ 2025 – 2030
giữa nhiệm kỳ (2025 – 2027)

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TỪ ĐẦU NHIỆM KỲ ĐẾN NAY

I- NHIỆM VỤ CHÍNH TRỊ CỦA NGÀNH

Tỷ lệ học sinh tốt nghiệp trung học phổ thông năm học 2025 – 2026 đạt 97,84%, năm học 2026 – 2027 đạt 98,12%, vượt chỉ tiêu Nghị quyết. Toàn tỉnh có 312 trường đạt chuẩn quốc gia; có 1.012/1.036 phòng học được kiên cố hóa, đạt 97,68%. Tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế đạt 99,1%; tỷ lệ tham gia bảo hiểm y tế theo hộ gia đình đạt 86,3%. Công đoàn ngành kết nạp mới 1.240 đoàn viên, hội viên. Giải ngân vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số cho trường học 41,2 tỷ đồng.

II- CÔNG TÁC XÂY DỰNG ĐẢNG

Đến nay Đảng bộ có 462 đảng viên, tăng 38 đảng viên so với đầu nhiệm kỳ; tỷ lệ đảng viên là giáo viên đạt 76,4%, tăng 1,8% so với đầu nhiệm kỳ. Từ đầu nhiệm kỳ đến nay kết nạp 41 đảng viên, trong đó 09 học sinh trung học phổ thông.

Kết quả đánh giá, xếp loại chất lượng tổ chức đảng năm 2026: có 06 chi bộ hoàn thành xuất sắc nhiệm vụ, 17 chi bộ hoàn thành tốt nhiệm vụ. Đánh giá, xếp loại 460 đảng viên¹.

¹ Hoàn thành xuất sắc nhiệm vụ 71 đồng chí; hoàn thành tốt nhiệm vụ 352 đồng chí; hoàn thành nhiệm vụ 34 đồng chí; không hoàn thành nhiệm vụ 03 đồng chí.

Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ ĐẾN CUỐI NHIỆM KỲ

Tiếp tục lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội.

PHỤ LỤC
(Kèm theo Báo cáo số 31-BC/ĐU)

{HEAD}
{YEARS}
1\tTỷ lệ học sinh tốt nghiệp THPT\t%\t98\t97,55\t97,84\t98,12\t98,12\t
2\tTrường đạt chuẩn quốc gia\tTrường\t330\t296\t305\t312\t315\t
3\tSố giáo viên\tNgười\t\t9.870\t9.912\t9.954\t\t
4\tKết nạp đảng viên\tĐV\t120\t12\t17\t12\t\t
\t- Học sinh THPT\tĐV\t20\t2\t4\t3\t\t

T/M ĐẢNG ỦY
BÍ THƯ
"""


@pytest.fixture(scope="module")
def mid_term(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "31-BC-DU-2027.txt", MID_TERM))


def periods_of(engine: Engine, value: str) -> set[tuple[str, str | None, str]]:
    return {(f.origin, f.period, f.kind) for f in engine.index.facts if f.value == Decimal(value)}


def test_school_years_are_the_years_they_end_in(mid_term: Engine) -> None:
    """"năm học 2025 – 2026 đạt 97,84%" and the column "Năm 2026 (NH 2025-2026)" are both 2026's."""
    assert periods_of(mid_term, "97.84") == {("text", "2026", "percent"), ("table", "2026", "percent")}
    assert periods_of(mid_term, "97.55") == {("table", "2025", "percent")}


def test_a_term_target_column_aims_at_the_terms_end(mid_term: Engine) -> None:
    """"Chỉ tiêu Nghị quyết nhiệm kỳ 2025-2030" is what 2030 aims at, not a target for 2025."""
    assert periods_of(mid_term, "330") == {("table", "2030", "target")}


def test_a_lead_in_year_dates_its_paragraph_and_footnote(mid_term: Engine) -> None:
    """"… xếp loại … năm 2026: …. Đánh giá, xếp loại 460 đảng viên¹": the 460 and its note's grades are 2026's."""
    assert periods_of(mid_term, "460") == {("text", "2026", "count")}
    assert {f.period for f in mid_term.index.facts if f.origin == "footnote"} == {"2026"}


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ty le tot nghiep THPT nam hoc 2024-2025", "97.55"),  # only in the appendix's column
        ("tỷ lệ tốt nghiệp THPT năm học 2025 – 2026", "97.84"),
        ("NH 2026-2027 tot nghiep thpt dat bao nhieu %", "98.12"),
        ("chỉ tiêu NQ tỷ lệ tốt nghiệp THPT cả nhiệm kỳ là bao nhiêu", "98"),
        ("đến 2030 phải có bao nhiêu trường đạt chuẩn quốc gia", "330"),
        ("sl đv ko HTNV năm 2026", "3"),
        ("bao nhieu dang vien duoc danh gia xep loai nam 2026", "460"),
        ("đảng viên tăng bao nhiêu so với đầu nhiệm kỳ", "38"),  # the members gained, not the 1,8% rise of a rate
        ("tu dau nhiem ky ket nap bao nhieu hoc sinh cap 3 vao dang", "9"),
        ("chi tieu NQ ket nap hs THPT la bao nhieu em", "20"),  # "THPT" as the appendix writes it
        ("năm 2026 toàn ngành có bao nhiêu gv", "9912"),
        ("9 tháng năm 2027 kết nạp được bao nhiêu đảng viên mới", "12"),  # not the union's 1.240 new members
        ("bao nhiêu phòng học đã được kiên cố hóa", "1012"),  # "1.012/1.036 phòng học": a fraction in thousands
        ("tổng số phòng học là bao nhiêu", "1036"),
        ("tỷ lệ hs sv tham gia BHYT", "99.1"),  # "sv" beside "hs" is "sinh viên", not "sinh hoạt"
        ("giai ngan chuong trinh muc tieu quoc gia vung dong bao dan toc bao nhieu", "41.2"),  # a name, no target
    ],
    ids=["school-year-column", "school-year-text", "school-year-abbrev", "term-target", "aim-by-2030",
         "failed-grade-of-the-year", "graded-of-the-year", "members-gained", "pupils-admitted", "pupils-target",
         "teachers", "admitted-not-union", "fraction-in-thousands", "fraction-whole",
         "pupils-and-students", "national-programme"],
)
def test_school_year_answers(mid_term: Engine, question: str, value: str) -> None:
    answered_with(mid_term, question, value)
