"""A stock said "as of" a day of the report's year against the undated total row of a table of places by measure,
and a row label joined by "&" (session 30, in our own words).

"Đến ngày 30/11/2025, tổng dư nợ ủy thác qua Hội đạt 3.687,92 tỷ đồng" against the appendix's "Tổng cộng" row,
3.678,92 under "Dư nợ ủy thác NHCSXH": the same stock of the report's year, two digits swapped, a conflict the bot
must show. "Tổ TK&VV" (1.482) is three words, not the "tổ" of "Tổ chức hội nghị … 1.842 ý kiến".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, shown_values, written

UNION_YEAR = """
ĐẢNG ĐOÀN HỘI LIÊN HIỆP PHỤ NỮ TỈNH LAM SƠN

Số 58-BC/ĐĐ

ĐẢNG CỘNG SẢN VIỆT NAM

Lam Sơn, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo công tác Hội năm 2025

I. ỦY THÁC VỐN VAY

Đến ngày 30/11/2025, tổng dư nợ ủy thác qua Hội đạt 3.687,92 tỷ đồng, tăng 275,35 tỷ đồng so với ngày 31/12/2024. Hội quản lý 1.482 tổ tiết kiệm và vay vốn.

II. THAM GIA XÂY DỰNG ĐẢNG

Tổ chức hội nghị lấy ý kiến đóng góp vào dự thảo văn kiện Đại hội Đảng các cấp với 1.842 ý kiến của cán bộ, hội viên.

PHỤ LỤC
KẾT QUẢ ỦY THÁC VỐN VAY NĂM 2025

STT\tĐơn vị\tDư nợ ủy thác NHCSXH (tỷ đồng)\tSố hộ vay còn dư nợ\tTổ TK&VV
1\tThành phố Lâm Giang\t1.533,09\t31.614\t622
2\tHuyện Sông Trà\t1.221,12\t29.103\t547
3\tHuyện Bàu Sen\t924,71\t25.498\t313
\tTổng cộng\t3.678,92\t86.215\t1.482
"""


@pytest.fixture(scope="module")
def union(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "58-BC-DD-2025.txt", UNION_YEAR))


@pytest.mark.parametrize(
    "question",
    ["tổng dư nợ ủy thác qua Hội là bao nhiêu", "du no uy thac qua hoi bao nhieu ty"],
    ids=["accented", "plain"],
)
def test_the_dated_stock_and_the_total_row_disagree(union: Engine, question: str) -> None:
    """Both 3.687,92 and 3.678,92 are shown, the disagreement said."""
    answer = union.ask(question)
    assert answer.figure is not None, answer.reply
    assert {Decimal("3687.92"), Decimal("3678.92")} <= shown_values(answer), answer.reply
    assert answer.conflict, answer.reply


def test_opinions_are_no_savings_groups(union: Engine) -> None:
    """The 1.842 opinions stand alone: no conflict with the 1.482 savings groups of the row "Tổ TK&VV"."""
    answer = answered_with(union, "hội nghị lấy ý kiến đóng góp văn kiện được bao nhiêu ý kiến", "1842")
    assert not answer.conflict and not answer.alternatives, answer.reply
