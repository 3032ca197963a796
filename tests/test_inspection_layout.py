"""An inspection committee's yearly report written small in our own words: figures of each level in the text
("Ban Thường vụ …; cấp ủy cấp huyện …"), rises in brackets, and an appendix whose columns are not periods but
parts of each row: the levels that did the work ("UBKT Tỉnh ủy", "UBKT cơ sở") and the forms of discipline."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.figures import extract
from knowledge.index import units_named
from knowledge.question import parse
from knowledge.reading import read_report
from tests.report_sets import answered_with, engine_for, written

INSPECTION = """TỈNH ỦY BÌNH SƠN
ỦY BAN KIỂM TRA

Số 41-BC/UBKTTU

Bình Sơn, ngày 05 tháng 12 năm 2025

BÁO CÁO
kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025

I. KẾT QUẢ THỰC HIỆN

1. Kiểm tra của cấp ủy

Cấp ủy các cấp đã kiểm tra 860 tổ chức đảng (tăng 40 tổ chức đảng, tương đương 4,88% so với năm 2024) \
và 2.450 đảng viên. Cụ thể: Ban Thường vụ Tỉnh ủy kiểm tra 09 tổ chức đảng; cấp ủy cấp huyện kiểm tra \
121 tổ chức đảng; cấp ủy cơ sở kiểm tra 730 tổ chức đảng.

2. Kiểm tra tài chính đảng

Ủy ban kiểm tra các cấp kiểm tra tài chính 215 tổ chức đảng; kiến nghị thu hồi 6,4 tỷ đồng \
(năm 2024 là 5,1 tỷ đồng), đến nay đã thu hồi 4,2 tỷ đồng. Các tổ chức đảng bảo đảm đúng quy trình; 12 tổ chức đảng bảo đảm \
nộp đủ đảng phí.

3. Kết nạp đảng viên

Trong năm, kết nạp 64 đảng viên mới; trong đó có 40 đoàn viên, 21 đồng chí nữ.

4. Thi hành kỷ luật

Trong năm, thi hành kỷ luật 152 đảng viên, trong đó khiển trách 90, cảnh cáo 41, cách chức 06, khai trừ 15.

PHỤ LỤC

Biểu số 01
KẾT QUẢ PHÂN THEO CẤP

STT\tNội dung\tĐơn vị tính\tTổng số\tCấp ủy các cấp\tUBKT Tỉnh ủy\tUBKT cấp huyện\tUBKT cơ sở
1\tKiểm tra tài chính đảng\tTCĐ\t215\t-\t08\t57\t150
2\tThi hành kỷ luật đảng viên\tĐV\t152\t98\t06\t27\t21

Biểu số 02
KỶ LUẬT ĐẢNG VIÊN THEO ĐỐI TƯỢNG

STT\tNội dung\tTổng số\tKhiển trách\tCảnh cáo\tCách chức\tKhai trừ
1\tĐảng viên là công chức\t38\t20\t11\t03\t04
2\tĐảng viên là viên chức\t29\t22\t05\t0\t02
"""


@pytest.fixture(scope="module")
def inspection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return written(tmp_path_factory, "41-BC-UBKTTU-2025.txt", INSPECTION)


@pytest.fixture(scope="module")
def engine(inspection: Path) -> Engine:
    return engine_for(inspection)


def test_a_column_of_a_level_holds_parts_of_the_rows_total(inspection: Path) -> None:
    """"UBKT cơ sở" is no period: its cell is the row's figure for that level, a part of "Tổng số"."""
    facts = extract(read_report(inspection))
    parts = {(f.label, f.value) for f in facts if f.column == "part"}
    assert ("Kiểm tra tài chính đảng (UBKT cơ sở)", Decimal("150")) in parts
    assert ("Đảng viên là công chức (Khai trừ)", Decimal("4")) in parts
    assert not any(f.column == "part" and f.raw == "-" for f in facts)  # an empty cell is no figure


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ubkt cơ sở kiểm tra tài chính bao nhiêu tổ chức đảng", "150"),
        ("UBKT tỉnh ủy kiểm tra tài chính bn TCĐ", "8"),
        ("đảng viên là công chức bị khai trừ mấy người", "4"),
        ("dang vien la vien chuc bi khien trach may nguoi", "22"),
        ("kiểm tra tài chính đảng bao nhiêu tổ chức đảng", "215"),  # no level named: the total
        ("thi hành kỷ luật bao nhiêu đảng viên", "152"),
    ],
    ids=["level-named", "abbreviated-level", "form-of-discipline", "plain-form", "no-level", "total"],
)
def test_parts_answer_when_named_and_the_total_otherwise(engine: Engine, question: str, value: str) -> None:
    answered_with(engine, question, value)


def test_all_levels_are_not_one_level(engine: Engine) -> None:
    """"cấp ủy các cấp kiểm tra …": the figure of all levels, not that of "cấp ủy cấp huyện"."""
    answered_with(engine, "cấp ủy các cấp kiểm tra bao nhiêu tổ chức đảng", "860")
    answered_with(engine, "cấp ủy cấp huyện kiểm tra mấy tổ chức đảng", "121")


def test_a_rise_in_brackets_is_the_measures_rise(engine: Engine) -> None:
    """"860 tổ chức đảng (tăng 40 …, tương đương 4,88% so với năm 2024)": the rise of that measure."""
    answered_with(engine, "kiểm tra tổ chức đảng tăng bao nhiêu phần trăm so với năm 2024", "4.88")


def test_a_base_year_in_brackets_dates_only_itself(engine: Engine) -> None:
    answered_with(engine, "năm 2024 kiến nghị thu hồi bao nhiêu tỷ đồng", "5.1")
    answered_with(engine, "đã thu hồi được bao nhiêu tiền", "4.2")


def test_a_word_typed_with_tones_nobody_writes_is_repaired(engine: Engine) -> None:
    """"kểm tra": "kém" is a word of the lexicon, but nobody writes "kểm"; the neighbour decides."""
    words = {w for c in parse("ủy ban kểm tra tỉnh ủy", engine.index).concepts for w in c.words}
    assert "kiem" in words


def test_a_company_counts_no_money() -> None:
    """"Công ty" folds to "cong ty": its "ty" is no "tỷ đồng"."""
    assert units_named("Công đoàn Công ty có nữ công nhân viên") == frozenset({"công nhân viên"})


def test_bao_nhieu_is_asked_whatever_pairs_the_report_writes(engine: Engine) -> None:
    """"tài chính đảng bao nhiêu": "đảng bảo đảm" in a report makes no "đảng bao" of the question."""
    words = [c.words for c in parse("kiểm tra tài chính đảng bao nhiêu tổ chức đảng", engine.index).concepts]
    assert ("dang", "bao") not in words


def test_a_part_of_the_new_members_is_not_a_part_of_all_members(engine: Engine) -> None:
    """"kết nạp 64 đảng viên mới; trong đó … 21 đồng chí nữ": the women among the new members only."""
    assert engine.ask("đảng bộ có bao nhiêu đảng viên nữ").status != "answered"
    women = [i for i, f in enumerate(engine.index.facts) if f.value == 21 and f.origin == "text"]
    assert women and all(engine.index.new_ones[i] for i in women)


def test_settling_counts_no_prizes(engine: Engine) -> None:
    """"giải quyết" holds "giải" (a prize, a unit) only in its spelling."""
    assert "giải" not in parse("tỷ lệ hồ sơ giải quyết đúng hạn", engine.index).units
