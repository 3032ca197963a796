"""A justice department's words, written small in our own words.

Session 21's data taught: "trợ giúp pháp lý" keeps its "giúp" (the "giúp" of "tra giúp" is a filler); "TC LLCT"
is "trung cấp lý luận chính trị"; "xuất xắc" is a slip for "xuất sắc"; "(chỉ tiêu Nghị quyết năm 2025 là 1.300
vụ việc)" is a target, the year between its cue and the figure; "LLTP", "TGPL" are abbreviations of the field.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

JUSTICE = """

ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH
ĐẢNG ỦY SỞ TƯ PHÁP
*
Số 63-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Vân Lâm, ngày 12 tháng 12 năm 2025

BÁO CÁO
tổng kết công tác xây dựng Đảng năm 2025

I- KẾT QUẢ

1. Công tác chuyên môn

Trong năm, Trung tâm đã thụ lý 1.386 vụ việc trợ giúp pháp lý (chỉ tiêu Nghị quyết năm 2025 là 1.300 vụ việc),
trong đó tham gia tố tụng 947 vụ việc. Sở đã cấp 18.702 phiếu lý lịch tư pháp. Tổ chức tuyên truyền pháp luật cho
236.519 lượt người.

2. Công tác xây dựng Đảng

Cử 13 đồng chí tham gia các lớp lý luận chính trị¹. Kết quả đánh giá năm 2025: hoàn thành xuất sắc nhiệm vụ 24
đảng viên, hoàn thành tốt nhiệm vụ 109 đảng viên.

¹ Cao cấp lý luận chính trị 02 đồng chí, trung cấp lý luận chính trị 09 đồng chí, bồi dưỡng nghiệp vụ 02 đồng chí.
"""


@pytest.fixture(scope="module")
def justice(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "63-BC-DU-2025.txt", JUSTICE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("chỉ tiêu vụ việc trợ giúp pháp lý năm 2025 là bao nhiêu", "1300"),
        ("bn đ/c đi học TC LLCT", "9"),
        ("bao nhieu dangr vien hoan thanh xuat xac nhiem vu", "24"),
        ("so phieu lltp da cap nam 2025", "18702"),
        ("sl vụ việc TGPL đã thụ lý", "1386"),
    ],
    ids=["target-after-its-year", "intermediate-course", "x-s-slip", "abbreviated-record", "abbreviated-aid"],
)
def test_the_fields_words_are_understood(justice: Engine, question: str, value: str) -> None:
    """Each question in the field's own shorthand finds its figure."""
    answered_with(justice, question, value)


def test_a_target_between_brackets_is_a_target(justice: Engine) -> None:
    """"(chỉ tiêu Nghị quyết năm 2025 là 1.300 vụ việc)": the plan, not what was done."""
    plan = next(f for f in justice.index.facts if f.value == Decimal("1300"))
    assert plan.kind == "target", plan.kind
