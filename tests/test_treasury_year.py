"""A state treasury's year, written small in our own words.

Session 19's data taught: a note's items each open with their own name ("¹ Vốn ngân sách trung ương: kế hoạch …;
vốn ngân sách địa phương: kế hoạch …"), and each item is that name's, not the first one's; "kế hoạch 3.412,8 tỷ
đồng" is a plan; a breakdown asked of two such items, no whole linked to them, is no answer by one of them alone;
treasury abbreviations (NSTW, NSĐP, KBNN, PGD, ĐĐ) are spelt out.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

TREASURY_YEAR = """

ĐẢNG BỘ TỈNH THANH VÂN
ĐẢNG ỦY KHO BẠC NHÀ NƯỚC TỈNH
*
Số 58-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Thanh Vân, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025

I- KẾT QUẢ

Kế hoạch vốn đầu tư công năm 2025 được giao là 9.846,3 tỷ đồng. Kho bạc Nhà nước tỉnh đã kiểm soát, thanh toán
8.679,4 tỷ đồng, đạt 88,15% kế hoạch vốn¹. Phòng giao dịch Phú Vĩnh thu ngân sách nhà nước 2.137,5 tỷ đồng.

¹ Vốn ngân sách trung ương: kế hoạch 3.412,8 tỷ đồng, giải ngân 2.954,1 tỷ đồng, đạt 86,56%; vốn ngân sách địa
phương: kế hoạch 6.433,5 tỷ đồng, giải ngân 5.725,3 tỷ đồng, đạt 88,99%.

Đảng đoàn, Đảng ủy ban hành 14 nghị quyết chuyên đề.
"""


@pytest.fixture(scope="module")
def treasury(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "58-BC-DU-2025.txt", TREASURY_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("giải ngân vốn NSĐP đạt bn %", "88.99"),
        ("KH vốn NSTW bn", "3412.8"),
        ("kế hoạch vốn ngân sách địa phương bao nhiêu tỷ", "6433.5"),
        ("PGD Phú Vĩnh thu NSNN bn", "2137.5"),
    ],
    ids=["local-share", "central-plan", "local-plan-spelt-out", "branch-office"],
)
def test_each_item_of_a_note_is_its_own_names(treasury: Engine, question: str, value: str) -> None:
    """The second item ("vốn ngân sách địa phương: …") is the local budget's, not the central one's."""
    answered_with(treasury, question, value)


def test_a_plan_in_money_is_a_target(treasury: Engine) -> None:
    """"kế hoạch 3.412,8 tỷ đồng" is what was planned."""
    answer = answered_with(treasury, "KH vốn NSTW bn", "3412.8")
    assert answer.figure.kind == "target"


def test_two_items_asked_as_a_breakdown_are_not_one(treasury: Engine) -> None:
    """"chia theo NSTW, NSĐP" with no whole linked to the items: both shown to choose from, never one alone (a guard
    here; report70 answered one item before)."""
    answer = treasury.ask("kế hoạch vốn đầu tư công chia theo NSTW, NSĐP")
    assert answer.status != "answered", answer.reply
