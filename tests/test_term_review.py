"""An inspection committee's year and term review, written small in our own words.

It holds what session 11's unseen reports taught: a later part that reviews the whole term ("Phần thứ
hai: KẾT QUẢ … NHIỆM KỲ 2020 – 2025") whose figures are the term's, not the year's; an appendix whose
"Cả nhiệm kỳ" column sums its years; a footnote listing the targets a resolution set; a share said with
"trong đó" after its total, no rival to it when its own words are not asked.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

HEAD = "STT\tNội dung\tĐVT\tChỉ tiêu Nghị quyết nhiệm kỳ\tThực hiện qua các năm\t\t\t\t\tCả nhiệm kỳ\tGhi chú"
YEARS = "\t\t\t\t2021\t2022\t2023\t2024\t2025\t\t"

REVIEW = f"""

ĐẢNG BỘ TỈNH HÀ LAM
ỦY BAN KIỂM TRA TỈNH ỦY
*
Số 19-BC/UBKTTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Lam, ngày 12 tháng 01 năm 2026

BÁO CÁO
kết quả công tác kiểm tra, giám sát năm 2025
và nhiệm kỳ 2020 – 2025

Phần thứ nhất
KẾT QUẢ CÔNG TÁC KIỂM TRA, GIÁM SÁT NĂM 2025

I- TÌNH HÌNH CHUNG

Đến ngày 31/12/2025, tổng số đảng viên toàn Đảng bộ là 41.236 đồng chí, trong đó đảng viên nữ 15.408 đồng chí.

II- KẾT QUẢ THỰC HIỆN NHIỆM VỤ

Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm 61 đảng viên. Năm 2025, toàn Đảng bộ thi hành kỷ luật 174 đảng viên; kiểm tra tài chính đảng 312 tổ chức đảng.

III- CÔNG TÁC KHÁC

Đại hội bầu Ban Chấp hành Đảng bộ 45 đồng chí, Ban Thường vụ 13 đồng chí; do điều động, hiện nay Ban Chấp hành còn 43 đồng chí, Ban Thường vụ 12 đồng chí. Thu nhập bình quân của cán bộ tăng từ 9,4 triệu đồng/người/tháng (đầu nhiệm kỳ) lên 10,9 triệu đồng/người/tháng. Trao 840 phần quà cho hộ nghèo, gia đình chính sách, trị giá 420 triệu đồng. Xây dựng 05 căn nhà nghĩa tình với tổng trị giá 350 triệu đồng¹.

¹ Mỗi căn 70 triệu đồng.

Phần thứ hai
KẾT QUẢ CÔNG TÁC KIỂM TRA, GIÁM SÁT NHIỆM KỲ 2020 – 2025

I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ CHỈ TIÊU NGHỊ QUYẾT

Nghị quyết Đại hội đề ra 03 chỉ tiêu về công tác kiểm tra²; kết quả cả 03 chỉ tiêu đều đạt và vượt.

² (1) Kiểm tra khi có dấu hiệu vi phạm ít nhất 300 đảng viên; (2) kiểm tra tài chính đảng 1.500 tổ chức đảng; (3) hằng năm giám sát từ 25% đảng viên trở lên.

1. Ủy ban kiểm tra các cấp thực hiện nhiệm vụ

Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm 329 đảng viên; kiểm tra tài chính đảng 1.577 tổ chức đảng.

2. Thi hành kỷ luật

Toàn Đảng bộ thi hành kỷ luật 903 đảng viên.

Phần thứ ba
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

Tiếp tục thực hiện tốt công tác kiểm tra, giám sát.

BIỂU TỔNG HỢP
(Kèm theo Báo cáo số 19-BC/UBKTTU)

{HEAD}
{YEARS}
1\tKiểm tra khi có dấu hiệu vi phạm đối với đảng viên\tĐảng viên\t300\t64\t68\t70\t66\t61\t329\tVượt
2\tKiểm tra tài chính đảng\tTổ chức\t1.500\t301\t318\t322\t324\t312\t1.577\tVượt
3\tĐảng viên bị kỷ luật\tĐảng viên\t\t181\t186\t188\t174\t174\t903\t

T/M ỦY BAN KIỂM TRA
CHỦ NHIỆM
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "19-BC-UBKTTU-2026.txt", REVIEW))


def periods_of(engine: Engine, value: str) -> set[tuple[str, str | None]]:
    return {(f.origin, f.period) for f in engine.index.facts if f.value == Decimal(value)}


def test_a_part_reviewing_the_term_states_its_figures(review: Engine) -> None:
    """The second part's figures stated with no year are the term's, not the report's year's."""
    assert periods_of(review, "329") == {("text", "cả nhiệm kỳ"), ("table", "cả nhiệm kỳ")}
    assert periods_of(review, "903") == {("text", "cả nhiệm kỳ"), ("table", "cả nhiệm kỳ")}


def test_targets_listed_in_a_footnote(review: Engine) -> None:
    """"đề ra 03 chỉ tiêu²" → "² (1) … ít nhất 300 đảng viên": the footnote's figures are targets."""
    assert {f.kind for f in review.index.facts if f.origin == "footnote" and f.value in (300, 1500, 25)} == {"target"}


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("cả nhiệm kỳ kỷ luật bao nhiêu đảng viên", "903"),
        ("nam 2025 ky luat bao nhieu dang vien", "174"),
        ("UBKT các cấp KTDHVP bn đv cả nhiệm kỳ", "329"),  # not the 300 the resolution set
        ("kiểm tra dấu hiệu vi phạm năm 2025 được mấy đảng viên", "61"),
        ("cả nhiệm kỳ kiểm tra tài chính đảng bao nhiêu tổ chức đảng", "1577"),
        ("năm 2025 kiểm tra tài chính đảng bao nhiêu tổ chức đảng", "312"),  # not the term's column
        ("toàn Đảng bộ hiện có bao nhiêu đảng viên", "41236"),  # not the women among them
        ("có bao nhiêu đảng viên nữ", "15408"),
        ("BCH hiện còn bao nhiêu ủy viên", "43"),  # what is left of the 45 elected, not of the 13 beside them
        ("đầu nhiệm kỳ BCH có bao nhiêu đồng chí", "45"),
        ("BCH được bầu bao nhiêu đồng chí", "45"),  # as elected at the congress, not the 43 left now
        ("thu nhập bình quân của cán bộ đầu nhiệm kỳ", "9.4"),  # "tăng từ 9,4 … (đầu nhiệm kỳ) lên 10,9"
        ("quà tặng hộ nghèo trị giá bao nhiêu", "420"),  # "trị giá" asks money: not the 840 gifts
        ("tết trao bao nhiêu phần quà", "840"),
        ("mỗi căn nhà nghĩa tình trị giá bao nhiêu", "70"),  # each, not the 350 of them all
        ("tổng trị giá nhà nghĩa tình là bao nhiêu", "350"),
    ],
    ids=["term-discipline", "year-discipline", "term-inspection", "year-inspection", "term-finance", "year-finance",
         "members-not-women", "women", "committee-left", "committee-elected", "committee-as-elected", "income-at-the-start", "gifts-worth",
         "gifts-count", "each-house", "all-houses"],
)
def test_year_and_term_answers(review: Engine, question: str, value: str) -> None:
    answered_with(review, question, value)
