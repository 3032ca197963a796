"""One part named, not its total, on a small report of a tax office's party committee written in our own words
(session 25's review of wrong answers: report50, report98, held-out 37).

Before: "số cá nhân bán hàng trên sàn … đã nộp thuế" took the total of the footnote's parts, because the
other part shared the words "nộp thuế" of the sentence carrying the note (not of its own label); "bao nhiêu
đảng viên chuyển sinh hoạt đi nơi khác" took the row "Tiếp nhận và chuyển sinh hoạt đảng", because the unit
asked ("đảng viên") named the row "- Chuyển đến" as well (in report98's table of a mid-term review; on this
small one-year table the moves pass either way: a guard); "chuyển sinh hoạt sang đảng bộ khác" was no move away.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

TAX_OFFICE = """
ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH
ĐẢNG ỦY CỤC THUẾ TỈNH
*
Số 21-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Sơn, ngày 12 tháng 01 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2024

I- KẾT QUẢ

1. Quản lý thuế

Quản lý thuế đối với thương mại điện tử có chuyển biến: 960 tổ chức, cá nhân kinh doanh thương mại điện tử đã đăng ký, kê khai, nộp thuế 52,4 tỷ đồng³.
³ Trong đó: 715 cá nhân bán hàng qua sàn thương mại điện tử; 245 tổ chức, cá nhân kinh doanh qua mạng xã hội, website.

2. Công tác đảng viên

Đảng bộ quản lý chặt chẽ việc chuyển sinh hoạt đảng (số liệu tại Phụ lục).

PHỤ LỤC
MỘT SỐ CHỈ TIÊU

STT\tNội dung\tĐVT\tNăm 2024
1\tKết nạp đảng viên\tĐV\t21
2\tTiếp nhận và chuyển sinh hoạt đảng\tĐV\t73
\t- Chuyển đi\tĐV\t60
\t- Chuyển đến\tĐV\t13
3\tXóa tên và khai trừ đảng\tĐV\t5
\t- Xóa tên\tĐV\t3
\t- Xin ra khỏi đảng\tĐV\t1
\t- Khai trừ đảng\tĐV\t1
"""


@pytest.fixture(scope="module")
def tax_office(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "21-BC-DU-2025.txt", TAX_OFFICE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("số cá nhân bán hàng trên sàn online đã nộp thuế", "715"),
        ("bao nhiêu đảng viên chuyển sinh hoạt đi nơi khác", "60"),
        ("bao nhiêu đảng viên chuyển sinh hoạt sang đảng bộ khác", "60"),
    ],
    ids=["sellers-on-platforms", "members-moving-away", "moving-to-another-organisation"],
)
def test_the_part_named(tax_office: Engine, question: str, value: str) -> None:
    """The part the question names by its own words, not the total it belongs to."""
    answered_with(tax_office, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bao nhiêu tổ chức, cá nhân kinh doanh thương mại điện tử đã kê khai nộp thuế", "960"),
        ("tiếp nhận và chuyển sinh hoạt đảng tổng cộng bao nhiêu đảng viên", "73"),
        ("chuyển sinh hoạt đảng chia ra chuyển đi, chuyển đến", "73"),
        ("năm 2024 xóa tên, xin ra khỏi đảng, khai trừ bao nhiêu đảng viên", "5"),
    ],
    ids=["all-sellers", "all-moves", "moves-broken-down", "every-part-named"],
)
def test_the_total_asked(tax_office: Engine, question: str, value: str) -> None:
    """The total, asked as a total, broken down, or by naming each of its parts, is still the total (guards, but
    for the last: each part's own row named it, which the first rule of this session took for a sentence's words)."""
    answered_with(tax_office, question, value)
