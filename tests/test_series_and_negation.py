"""Series said in one sentence and "chưa" said of the figure (session 23's report92, report93, report94 and
held-out 44), written small in our own words.

Before: "Năm 2021 kết nạp 212 đảng viên; năm 2022: 236; năm 2023: 248" left the later years unnamed, so the
appendix's 284 for 2023 met no rival; "giảm từ 2,86% (214 hộ) đầu năm xuống còn 2,01% (152 hộ) cuối năm" named
the closing rate "đầu năm xuống còn"; "chưa" was a stop word, so "chưa thu hồi được" asked what was recovered;
"tháng 6/2023 chuyển đến bao nhiêu" took the half year's figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

pytest_plugins = ["tests.answers_conftest"]

COMMUNE = """
ĐẢNG BỘ HUYỆN KIM SƠN
ĐẢNG ỦY XÃ PHÚ LỘC
*
Số 18-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lộc, ngày 10 tháng 12 năm 2026

BÁO CÁO
kết quả thực hiện nhiệm vụ năm 2026

I- KẾT QUẢ

1. Kinh tế - xã hội

Tỷ lệ hộ nghèo giảm từ 3,42% (251 hộ) đầu năm xuống còn 2,64% (194 hộ) cuối năm, đạt chỉ tiêu Nghị quyết.

2. Công tác xây dựng Đảng

Trong 5 năm, Đảng bộ kết nạp 738 đảng viên¹.

¹ Năm 2022 kết nạp 131 đảng viên; năm 2023: 146; năm 2024: 152; năm 2025: 149; năm 2026: 160.

3. Công tác kiểm tra

Kết quả đánh giá, xếp loại năm 2026: trong 28 chi bộ có 06 chi bộ hoàn thành xuất sắc nhiệm vụ, 19 chi bộ hoàn thành tốt nhiệm vụ, 03 chi bộ hoàn thành nhiệm vụ. Còn 01 chi bộ không hoàn thành nhiệm vụ do chậm nộp báo cáo.

Trong 5 năm, thi hành kỷ luật 60 đảng viên (khiển trách 40, cảnh cáo 15, khai trừ 05)².

² Năm 2022 kỷ luật 10 đảng viên; năm 2023: 12; năm 2024: 13; năm 2025: 11; năm 2026: 14.

Trong 5 năm, thành lập mới 45 tổ chức đảng; gồm 30 chi bộ cơ sở, 12 chi bộ trực thuộc và 03 đảng bộ cơ sở.

Ủy ban Kiểm tra kiến nghị thu hồi 412,5 triệu đồng, đã thu hồi 367,2 triệu đồng; số tiền chưa thu hồi được còn 45,3 triệu đồng.

PHỤ LỤC
KẾT QUẢ QUA CÁC NĂM

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2022\tNăm 2023\tNăm 2024\tNăm 2025\tNăm 2026
1\tKết nạp đảng viên\tĐảng viên\t131\t164\t152\t149\t160
\tTrong đó: công nhân trực tiếp sản xuất\tĐảng viên\t52\t61\t58\t60\t63
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "18-BC-DU-2026.txt", COMMUNE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tỷ lệ hộ nghèo cuối năm còn bao nhiêu", "2.64"),
        ("số hộ nghèo cuối năm", "194"),
        ("tỷ lệ hộ nghèo đầu năm", "3.42"),
        ("năm 2024 kết nạp bao nhiêu đảng viên", "152"),
        ("tiền kiến nghị mà chưa thu hồi được còn bao nhiêu", "45.3"),
    ],
    ids=["closing-rate", "closing-count", "opening-rate", "a-later-year-of-the-series", "not-yet-recovered"],
)
def test_series_and_negation(commune: Engine, question: str, value: str) -> None:
    """Each figure of the sentence is named by its measure and its time; "chưa" is part of what is asked."""
    answered_with(commune, question, value)


def test_a_later_year_of_the_series_meets_its_cell(commune: Engine) -> None:
    """The note's 146 for 2023 and the appendix's 164 are told as a conflict, both shown."""
    answer = commune.ask("năm 2023 kết nạp bao nhiêu đảng viên")
    assert answer.status == "answered" and answer.conflict, answer.reply
    assert {Decimal("146"), Decimal("164")} <= shown_values(answer), answer.reply


@pytest.mark.parametrize(
    "question",
    ["tháng 6/2023 chuyển đến bao nhiêu đv", "tháng 5/2023 kết nạp mấy đảng viên"],
    ids=["one-months-transfers", "one-months-admissions"],
)
def test_a_month_of_flows_is_not_the_half_year(engine: Engine, question: str) -> None:
    """The bundled report gives flows of the half year 2023, no month's: nothing is answered."""
    assert engine.ask(question).status != "answered"


def test_party_organisations_break_into_their_kinds(commune: Engine) -> None:
    """"45 tổ chức đảng; gồm 30 chi bộ cơ sở, 12 chi bộ trực thuộc và 03 đảng bộ cơ sở": the kinds are its parts."""
    answer = answered_with(commune, "45 tổ chức đảng thành lập mới gồm những loại nào", "45")
    assert {p.value for p in answer.parts} == {Decimal("30"), Decimal("12"), Decimal("3")}, answer.reply


def test_a_row_opening_trong_do_is_a_part_of_the_row_above(commune: Engine) -> None:
    """"Trong đó: công nhân …" under "Kết nạp đảng viên" is named by it: the admitted workers, shown so."""
    answer = answered_with(commune, "năm 2024 kết nạp bao nhiêu công nhân trực tiếp sản xuất", "58")
    assert answer.figure is not None and answer.figure.label.startswith("Kết nạp đảng viên"), answer.reply


def test_the_top_grade_of_an_enumeration(commune: Engine) -> None:
    """"TCCSĐ HTXSNV": of the grades listed in one sentence, the item naming the top grade."""
    answered_with(commune, "mấy chi bộ HTXSNV", "6")


def test_a_breakdown_asked_takes_the_figure_broken_down(commune: Engine) -> None:
    """"xếp loại 28 chi bộ cụ thể từng mức": the 28 with its grades, not the lone 01 said after them."""
    answer = answered_with(commune, "xếp loại 28 chi bộ năm 2026 cụ thể từng mức", "28")
    assert {p.value for p in answer.parts} == {Decimal("6"), Decimal("19"), Decimal("3")}, answer.reply


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("kỷ luật đảng viên theo từng hình thức", {"40", "15", "5"}),
        ("kỷ luật đảng viên qua từng năm", {"10", "12", "13", "11", "14"}),
    ],
    ids=["by-form-not-by-year", "by-year-when-asked"],
)
def test_the_breakdown_asked_of_two(commune: Engine, question: str, parts: set[str]) -> None:
    """A total broken down twice (by form in brackets, by year in its note): the split asked is shown."""
    answer = answered_with(commune, question, "60")
    assert {p.value for p in answer.parts} == {Decimal(v) for v in parts}, answer.reply
