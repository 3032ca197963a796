"""A year's report that also reviews its term, written small in our own words.

Session 21's data taught: a heading "KẾT QUẢ … NĂM 2025 VÀ GIAI ĐOẠN 2021 - 2025" dates nothing by the term (its
figures stated without a period are the year's); a paragraph opening "Giai đoạn 2021 - 2025, …" is the term's;
an appendix's "Tổng giai đoạn" and "Chỉ tiêu giai đoạn" columns are the whole term's, done and aimed at; "so với
nhiệm kỳ 2015 - 2020 (139 đảng viên)" is the earlier term's figure, named as its measure; "cuộc thi" counts no
sittings ("cuộc").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

FRONT = """

ĐẢNG BỘ TỈNH HÀ LAM
ĐẢNG ĐOÀN MẶT TRẬN TỔ QUỐC
*
Số 88-BC/ĐĐMT
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Lam, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả công tác Mặt trận năm 2025, tổng kết giai đoạn 2021 - 2025

Phần thứ nhất
KẾT QUẢ NĂM 2025 VÀ GIAI ĐOẠN 2021 - 2025

I- KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ NĂM 2025 VÀ GIAI ĐOẠN 2021 - 2025

1. Công tác giám sát

Mặt trận các cấp chủ trì giám sát 1.386 cuộc (cấp tỉnh 14 cuộc, cấp huyện 172 cuộc, cấp xã 1.200 cuộc). Tổ chức
cuộc thi trực tuyến tìm hiểu pháp luật thu hút 52.317 lượt người dự thi. Toàn tỉnh có 148 Ban Thanh tra nhân dân
với 1.036 thành viên; các ban đã giám sát 612 cuộc.

Giai đoạn 2021 - 2025, Mặt trận các cấp chủ trì giám sát 6.048 cuộc, đạt 109,96% chỉ tiêu. Hỗ trợ xây mới 3.731
căn nhà Đại đoàn kết (chỉ tiêu 3.500 căn).

2. Nhà Đại đoàn kết

Năm 2025, hỗ trợ xây mới 1.128 căn nhà Đại đoàn kết, đạt 112,8% kế hoạch (kế hoạch 1.000 căn).

3. Công tác kỷ luật

Toàn Đảng bộ đã thi hành kỷ luật 128 đảng viên, giảm 11 trường hợp so với nhiệm kỳ 2015 - 2020 (139 đảng viên).

PHỤ LỤC
KẾT QUẢ GIAI ĐOẠN 2021 - 2025

STT\tNội dung\tĐơn vị tính\t2021\t2022\t2023\t2024\t2025\tTổng giai đoạn\tChỉ tiêu giai đoạn
1\tXây mới nhà Đại đoàn kết\tCăn\t512\t586\t634\t871\t1.128\t3.731\t3.500
"""


@pytest.fixture(scope="module")
def front(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "88-BC-DDMT-2025.txt", FRONT))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("năm 2025 mặt trận các cấp giám sát bao nhiêu cuộc", "1386"),
        ("giai doan 2021-2025 giam sat bao nhieu cuoc", "6048"),
        ("giai đoạn 2021-2025 xây mới bao nhiêu nhà đại đoàn kết", "3731"),
        ("chỉ tiêu xây mới nhà đđk cả giai đoạn", "3500"),
        ("nhiệm kỳ 2015-2020 kỷ luật bao nhiêu đảng viên", "139"),
        ("kế hoạch xây mới nhà đđk năm 2025 là bao nhiêu căn", "1000"),
    ],
    ids=["year-under-a-two-sided-heading", "term-sentence", "term-total-column", "term-target-column", "earlier-term-base",
         "the-years-plan-not-the-terms"],
)
def test_the_year_and_the_term_are_told_apart(front: Engine, question: str, value: str) -> None:
    """Each figure from the span it is of, the other span's beside it being no answer."""
    answered_with(front, question, value)


def test_a_contest_counts_no_sittings(front: Engine) -> None:
    """"Tổ chức cuộc thi … 52.317 lượt" is no rival of the 1.386 sittings when "bao nhiêu cuộc" is asked."""
    answer = answered_with(front, "năm 2025 mặt trận giám sát bao nhiêu cuộc", "1386")
    assert all(f.value != Decimal("52317") for f in answer.alternatives), answer.reply


def test_the_earlier_terms_base_is_named_as_its_measure(front: Engine) -> None:
    """The 139 in brackets counts members disciplined in 2015-2020, not a fall."""
    base = next(f for f in front.index.facts if f.value == Decimal("139"))
    assert base.period == "2015-2020" and "kỷ luật" in base.label, (base.period, base.label)
