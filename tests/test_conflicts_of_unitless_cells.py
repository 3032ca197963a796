"""Conflicts with appendix cells that carry no unit of their own, in our own words (session 31).

- "chi thường xuyên 14.418 tỷ đồng" against the row "Chi thường xuyên | 14.481" of a table whose unit is said once
  in its title: before, a text figure with a unit never met a cell without one; now it does, only by a slip of
  two neighbouring digits (a cell merely close in value stays apart: it may be any other sum).
- "Tòa án nhân dân thành phố Lãng Giang … 1.687 vụ, việc" against the row "TAND thành phố Lãng Giang | 1.678":
  the row's body is written in shorthand; spelled out, it is the body the text names.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, shown_values, written

FINANCE_YEAR = """
ĐẢNG ỦY SỞ TÀI CHÍNH THÀNH PHỐ LÂM GIANG

Số 41-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Lâm Giang, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ

Chi ngân sách địa phương ước đạt 23.944 tỷ đồng; trong đó chi đầu tư phát triển 9.526 tỷ đồng, chi thường xuyên 14.418 tỷ đồng, đạt 101,18% dự toán. Chi sự nghiệp giáo dục 5.120 tỷ đồng.

PHỤ LỤC
CHI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2025
(Đơn vị: tỷ đồng)

STT\tNội dung\tDự toán\tƯớc thực hiện\t% dự toán
1\tChi đầu tư phát triển\t9.400\t9.526\t101,34
2\tChi thường xuyên\t14.250\t14.481\t101,18
3\tChi sự nghiệp giáo dục\t5.100\t5.210\t100,39
"""

COURT_YEAR = """
ĐẢNG ỦY TÒA ÁN NHÂN DÂN TỈNH BÌNH LÃNG

Số 57-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Bình Lãng, ngày 16 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ

Tòa án nhân dân thành phố Lãng Giang tiếp tục là đơn vị có số thụ lý lớn nhất tỉnh với 1.687 vụ, việc.

PHỤ LỤC
KẾT QUẢ THỤ LÝ, GIẢI QUYẾT THEO ĐƠN VỊ

STT\tĐơn vị\tThụ lý\tGiải quyết\tTỷ lệ (%)
1\tTAND thành phố Lãng Giang\t1.678\t1.589\t94,70
2\tTAND huyện Thạch Bàn\t812\t751\t92,50
"""


@pytest.fixture(scope="module")
def finance(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "41-BC-DU-2025.txt", FINANCE_YEAR))


@pytest.fixture(scope="module")
def court(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "57-BC-DU-2025.txt", COURT_YEAR))


@pytest.mark.parametrize(
    "question", ["chi thường xuyên năm 2025 bao nhiêu", "chi thuong xuyen thuc hien duoc bn ty"], ids=["accented", "plain"]
)
def test_a_swap_against_a_unitless_cell_is_a_conflict(finance: Engine, question: str) -> None:
    """14.418 (the text) and 14.481 (the appendix) are both shown, their disagreement said."""
    answer = finance.ask(question)
    assert {Decimal("14418"), Decimal("14481")} <= shown_values(answer), answer.reply
    assert answer.conflict, answer.reply


def test_a_close_unitless_cell_is_no_conflict(finance: Engine) -> None:
    """9.526, which its row confirms, is no conflict, though the plan's cell 9.400 stands near it (a guard: it
    passed before as well)."""
    answer = finance.ask("chi đầu tư phát triển bao nhiêu")
    assert answer.figure is not None and answer.figure.value == Decimal("9526"), answer.reply
    assert not answer.conflict, answer.reply


@pytest.mark.parametrize(
    "question", ["TAND TP Lãng Giang thụ lý bao nhiêu vụ việc", "toa an thanh pho lang giang thu ly bn"], ids=["abbrev", "plain"]
)
def test_a_body_in_shorthand_meets_its_full_name(court: Engine, question: str) -> None:
    """1.687 (the text) and 1.678 (the row "TAND thành phố Lãng Giang") are both shown."""
    answer = court.ask(question)
    assert {Decimal("1687"), Decimal("1678")} <= shown_values(answer), answer.reply
    assert answer.conflict, answer.reply
