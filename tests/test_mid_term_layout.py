"""A bloc's mid-term review written small in our own words: parts headed "PHẦN I" / "PHẦN II", the start
of the term said "Khi bước vào nhiệm kỳ", the state "Đến 30/6/2023", and an appendix with yearly columns
whose last one is "6 tháng 2023"."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.figures import extract
from knowledge.links import link
from knowledge.reading import read_report
from tests.report_sets import answered_with, engine_for, written

MID_TERM = """ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH

Số 12-BC/ĐUK

Phú Sơn, ngày 10 tháng 8 năm 2023

BÁO CÁO
sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Khối lần thứ V, nhiệm kỳ 2020 - 2025

PHẦN I
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NỬA ĐẦU NHIỆM KỲ

A. ĐẶC ĐIỂM TÌNH HÌNH

Khi bước vào nhiệm kỳ, Đảng bộ Khối có 71 tổ chức cơ sở đảng với 4.527 đảng viên. Đến ngày 30/6/2023, \
sau sắp xếp, Đảng bộ Khối có 66 tổ chức cơ sở đảng với 4.386 đảng viên.

B. KẾT QUẢ ĐẠT ĐƯỢC

Từ đầu nhiệm kỳ đến 30/6/2023, tổng doanh thu của các doanh nghiệp trong Khối đạt 82.424 tỷ đồng. Trung tâm \
Chính trị mở 20 lớp bồi dưỡng cho 1.500 lượt cán bộ, đảng viên và quần chúng ưu tú².

² Gồm: 05 lớp bồi dưỡng nhận thức về Đảng cho 300 quần chúng ưu tú; 04 lớp trung cấp lý luận chính trị cho \
200 học viên; 11 lớp bồi dưỡng nghiệp vụ cho 1.000 lượt cấp ủy viên.

1. Công tác kiểm tra, giám sát

Ban Thường vụ Đảng ủy Khối kiểm tra 12 đảng viên. Cấp ủy cơ sở kiểm tra 1.287 đảng viên.

2. Công tác công đoàn

Đến 30/6/2023, toàn Khối có 74 công đoàn cơ sở với 28.960 đoàn viên công đoàn; từ đầu nhiệm kỳ phát triển \
mới 2.146 đoàn viên. Thu nhập bình quân của người lao động đến năm 2025 đạt 11 triệu đồng/người/tháng.

PHẦN II
PHƯƠNG HƯỚNG, NHIỆM VỤ NỬA CUỐI NHIỆM KỲ 2020 - 2025

I. MỤC TIÊU, CHỈ TIÊU ĐẾN HẾT NHIỆM KỲ

Kết nạp 400 đảng viên trở lên.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\t2020\t2021\t2022\t6 tháng 2023\tLũy kế
1\tTổng số đảng viên\tĐảng viên\t4.503\t4.462\t4.419\t4.368\t
2\tĐảng viên được kiểm tra\tĐảng viên\t296\t347\t409\t247\t1.299
3\tSố đoàn viên công đoàn\tNgười\t31.245\t30.118\t29.412\t29.860\t
4\tPhát triển đoàn viên công đoàn mới\tNgười\t512\t640\t601\t393\t2.146
"""


@pytest.fixture(scope="module")
def mid_term(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return written(tmp_path_factory, "12-BC-DUK-2023.txt", MID_TERM)


@pytest.fixture(scope="module")
def mid_term_engine(mid_term: Path) -> Engine:
    return engine_for(mid_term)


def test_parts_headed_in_roman_numerals(mid_term: Path) -> None:
    """"PHẦN I" / "PHẦN II" are parts: the sections below them nest under them, and the second part's
    figures are the targets of the rest of the term (its last year)."""
    doc = read_report(mid_term)
    [members] = [p for p in doc.paragraphs if "4.386" in p.text]
    assert members.section == ("PHẦN I", "A. ĐẶC ĐIỂM TÌNH HÌNH")
    [aim] = [f for f in extract(doc) if f.value == 400]
    assert aim.section[0] == "PHẦN II" and (aim.kind, aim.period) == ("target", "2025")


def test_the_start_of_the_term_and_a_date_with_a_capital(mid_term: Path) -> None:
    """"Khi bước vào nhiệm kỳ" is the start of the term; "Đến ngày 30/6/2023" (capital Đ) is a date."""
    periods = {int(f.value): f.period for f in extract(read_report(mid_term)) if f.origin == "text"}
    assert periods[4527] == periods[71] == "đầu nhiệm kỳ"
    assert periods[4386] == periods[66] == "30/6/2023"
    assert periods[82424] is None, "'Từ đầu nhiệm kỳ đến 30/6/2023': the term so far, not a state at a date"


def test_conflicts_with_the_appendix(mid_term: Path) -> None:
    """The text's 4.386 members at 30/6/2023 against the "6 tháng 2023" cell's 4.368, and its 28.960 union
    members against the row counted in "Người"; 1.287 checked by the grassroots is no conflict with the
    row's 1.299, which adds the 12 the standing committee checked."""
    facts = extract(read_report(mid_term))
    for i, f in enumerate(facts):
        f.seq = i
    link(facts)
    clashes = {(f.value, facts[c].value) for f in facts if not f.is_table for c in f.conflicts}
    assert clashes == {(4386, 4368), (28960, 29860)}


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("đầu nhiệm kỳ đảng bộ có bao nhiêu đảng viên", "4527"),
        ("số đoàn viên công đoàn hiện nay", "29860"),  # how many there are (with the text's 28.960), not 2.146 new
        ("từ đầu nhiệm kỳ phát triển mới bao nhiêu đoàn viên công đoàn", "2146"),
        ("tổng doanh thu của các doanh nghiệp từ đầu nhiệm kỳ", "82424"),
        # one part of the footnote's list, not its total: "học" is no word naming the "200 học viên" too
        ("sl quần chúng ưu tú học lớp nhận thức về đảng", "300"),
    ],
    ids=["start-of-term", "now-a-state", "so-far-an-event", "term-to-a-date", "one-part-of-a-footnote-list"],
)
def test_mid_term_review(mid_term_engine: Engine, question: str, value: str) -> None:
    answered_with(mid_term_engine, question, value)
