"""A district's political report on its term, in our own words (session 31).

- "Thu nhập bình quân đầu người năm 2025 ước đạt 72,6 triệu đồng/người/năm, …, đạt 96,8% chỉ tiêu Nghị quyết (75
  triệu đồng)²" with "² Năm 2021: 49,2 triệu đồng; …": the note's years continue the 2025 figure, not the target
  its marker follows (in report144 "năm 2023" found nothing before; on this small report the income questions
  passed before as well and stand as guards).
- "… đạt chỉ tiêu Nghị quyết (cuối nhiệm kỳ dưới 2%)⁶": the bracket is the resolution's target, even with words
  before its figure (before: a rate of 2022), so the note's "cuối năm 2024: 2,76%" is the poverty rate's.
- The appendix row "Doanh nghiệp thành lập mới | 200 | 236": a question naming no target asks the 236 done,
  not the resolution's 200 (before: ambiguous between the two).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

TERM = """
HUYỆN ỦY ĐỨC LÃM

Số 318-BC/HU

ĐẢNG CỘNG SẢN VIỆT NAM

Đức Lãm, ngày 20 tháng 6 năm 2025

BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện khóa XXII tại Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2025 - 2030

I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025

Thu nhập bình quân đầu người năm 2025 ước đạt 72,6 triệu đồng/người/năm, tăng 8,52% so với năm 2024, đạt 96,8% chỉ tiêu Nghị quyết (75 triệu đồng)².

Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 6,84% đầu năm 2022 xuống còn 1,92% cuối năm 2025, bình quân giảm 1,23%/năm, đạt chỉ tiêu Nghị quyết (cuối nhiệm kỳ dưới 2%)⁶.

Cả nhiệm kỳ thành lập mới 236 doanh nghiệp, vượt chỉ tiêu Nghị quyết.

² Năm 2021: 49,2 triệu đồng; năm 2022: 55,7 triệu đồng; năm 2023: 61,4 triệu đồng; năm 2024: 66,9 triệu đồng.
⁶ Cuối năm 2022: 5,31%; cuối năm 2023: 3,87%; cuối năm 2024: 2,76%. Hộ cận nghèo cuối năm 2025 ước còn 1.096 hộ.

PHỤ LỤC
KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT

STT\tChỉ tiêu\tĐVT\tChỉ tiêu NQ ĐH\tThực hiện 2025\tĐánh giá
1\tThu nhập bình quân đầu người\ttriệu đồng\t75\t72,6\tKhông đạt
2\tDoanh nghiệp thành lập mới\tDoanh nghiệp\t200\t236\tVượt
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "318-BC-HU-2025.txt", TERM))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("thu nhập bình quân đầu người năm 2023", "61.4"),
        ("thu nhap binh quan dau nguoi nam 2021 bn", "49.2"),
        ("tỷ lệ hộ nghèo cuối năm 2024", "2.76"),
        ("ty le ho ngheo cuoi nam 2023", "3.87"),
    ],
    ids=["income-2023", "income-2021-plain", "poverty-2024", "poverty-2023-plain"],
)
def test_a_note_of_years_continues_its_measure(district: Engine, question: str, value: str) -> None:
    """Each year of the note is the measure's own figure of that year."""
    answer = answered_with(district, question, value)
    assert answer.figure is not None and answer.figure.source.locator.startswith("Chú thích"), answer.reply


def test_the_bracketed_aim_is_the_target(district: Engine) -> None:
    """"chỉ tiêu nghị quyết về tỷ lệ hộ nghèo": the 2% in the bracket."""
    answer = answered_with(district, "chỉ tiêu nghị quyết về tỷ lệ hộ nghèo cuối nhiệm kỳ", "2")
    assert answer.figure is not None and answer.figure.kind == "target", answer.reply


@pytest.mark.parametrize(
    "question",
    ["số doanh nghiệp thành lập mới cả nhiệm kỳ", "so doanh nghiep thanh lap moi ca nhiem ky"],
    ids=["accented", "plain"],
)
def test_a_row_asked_without_its_target_gives_what_was_done(district: Engine, question: str) -> None:
    """236 founded, not the resolution's 200."""
    answered_with(district, question, "236")
