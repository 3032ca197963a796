"""A procuracy's year, written small in our own words.

Session 19's data taught: a rate said at the end of a sentence that names its measure earlier ("thụ lý 2.184 tin
báo, tố giác …; … đã giải quyết 2.046 tin, đạt tỷ lệ 93,68%") disagrees with the appendix's 93,86 by two swapped
digits, both shown; "6.412 vụ, việc dân sự, …" counts in one unit, "vụ, việc", and is what "vụ việc dân sự" asks,
not its part "Dân sự 2.874 vụ, việc" of the note; of "đề nghị truy tố 1.887" and "truy tố 1.846" against the row's
1.864, the slip of two digits is the conflict; "04 Viện kiểm sát … khu vực" is no line of a body in the appendix;
KSV, KTV, VKS, QH are spelt out; "khu vực 5" where the report has khu vực 1 to 3 is another body.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

PROCURACY_YEAR = """

TỈNH ỦY LONG GIANG
ĐẢNG ỦY VIỆN KIỂM SÁT NHÂN DÂN TỈNH
*
Số 95-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Long Giang, ngày 10 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025

I- KẾT QUẢ

Năm 2025, đã thụ lý kiểm sát 2.184 tin báo, tố giác về tội phạm và kiến nghị khởi tố, tăng 143 tin so với năm
2024; Cơ quan điều tra đã giải quyết 2.046 tin, đạt tỷ lệ 93,68% (chỉ tiêu Quốc hội giao từ 90% trở lên).

Kiểm sát việc thụ lý, giải quyết 6.412 vụ, việc dân sự, hôn nhân và gia đình, kinh doanh thương mại, lao động¹, tăng
354 vụ, việc so với năm 2024; Tòa án đã giải quyết 4.936 vụ, việc.

Toàn ngành có 158 công chức, trong đó 96 kiểm sát viên (12 kiểm sát viên cao cấp, 43 kiểm sát viên trung cấp, 41
kiểm sát viên sơ cấp) và 31 kiểm tra viên.

Thụ lý giải quyết 1.152 vụ/1.958 bị can (Cơ quan điều tra đề nghị truy tố mới 1.104 vụ/1.887 bị can); Viện kiểm sát
đã truy tố 1.098 vụ/1.846 bị can, đạt 100% chỉ tiêu. Từ ngày 01/7/2025, 04 Viện kiểm sát cấp huyện được tổ chức lại
thành Viện Kiểm sát nhân dân khu vực.

¹ Dân sự 2.874 vụ, việc; hôn nhân và gia đình 3.109 vụ, việc; kinh doanh thương mại 341 vụ, việc; lao động 88 vụ, việc.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2025\tThực hiện năm 2024\tThực hiện năm 2025\t% so chỉ tiêu
1\tTỷ lệ giải quyết tin báo, tố giác về tội phạm và kiến nghị khởi tố\t%\t90\t92,45\t93,86\t104,29
2\tTruy tố\tBị can\t\t1.702\t1.864\t
3\tViện kiểm sát trả hồ sơ để điều tra bổ sung\tVụ\t\t17\t15\t
\t- Viện KSND khu vực 1\tVụ\t\t6\t5\t
\t- Viện KSND khu vực 2\tVụ\t\t7\t5\t
\t- Viện KSND khu vực 3\tVụ\t\t4\t5\t
"""


@pytest.fixture(scope="module")
def procuracy(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "95-BC-DU-2025.txt", PROCURACY_YEAR))


def test_a_rate_named_earlier_in_its_sentence(procuracy: Engine) -> None:
    """"thụ lý 2.184 tin báo, tố giác …; … giải quyết 2.046 tin, đạt tỷ lệ 93,68%" against the row's 93,86: both."""
    answer = procuracy.ask("tỷ lệ giải quyết tin báo tố giác tội phạm năm 2025")
    assert answer.status == "answered", answer.reply
    assert {Decimal("93.68"), Decimal("93.86")} <= shown_values(answer), answer.reply



@pytest.mark.parametrize("question", ["vuj viec dan su kiem sats bao nhieu", "kiểm sát bao nhiêu vụ việc dân sự"], ids=["telex", "accented"])
def test_cases_and_matters_are_one_unit(procuracy: Engine, question: str) -> None:
    """"vụ, việc" is one unit: the 6.412 "vụ, việc dân sự …", not the note's first part."""
    answered_with(procuracy, question, "6412")


def test_of_two_disagreeing_figures_the_swapped_one_is_the_conflict(procuracy: Engine) -> None:
    """The row "Truy tố | 1.864" meets "truy tố 1.846 bị can" (two digits swapped), not the 1.887 proposed."""
    index = procuracy.index
    row = next(i for i, f in enumerate(index.facts) if f.value == Decimal("1864"))
    assert {index.facts[j].value for j in index.conflicts.get(row, [])} == {Decimal("1846")}


def test_a_bodys_line_is_not_a_count_of_bodies(procuracy: Engine) -> None:
    """"04 Viện kiểm sát cấp huyện … khu vực" is not the row "Viện KSND khu vực 3" of files sent back (5); a guard."""
    index = procuracy.index
    four = [i for i, f in enumerate(index.facts) if f.value == Decimal("4") and f.origin == "text"]
    assert four and not any(index.conflicts.get(i) for i in four)



@pytest.mark.parametrize(
    ("question", "value"),
    [("bn KSV toàn ngành", "96"), ("chỉ tiêu QH về tỷ lệ giải quyết tin báo là bao nhiêu", "90"), ("bn KTV toàn ngành", "31")],
    ids=["prosecutors", "national-assembly-target", "inspectors"],
)
def test_procuracy_abbreviations(procuracy: Engine, question: str, value: str) -> None:
    """KSV is kiểm sát viên, KTV kiểm tra viên (people counted), QH Quốc hội (here already found by its other words)."""
    answered_with(procuracy, question, value)


def test_a_numbered_body_the_report_lacks(procuracy: Engine) -> None:
    """"vks khu vực 5" where the appendix has khu vực 1 to 3: no figure of it, never the province's (a guard here;
    report67 answered the province's 2.184 once VKS was spelt out)."""
    assert procuracy.ask("vks khu vuc 5 tra ho so bao nhieu vu").status == "not_found"
