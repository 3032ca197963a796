"""An enterprises bloc's words for its sectors and shares (session 23's report91), written small in our own words.

Before: "FDI" met no "có vốn đầu tư nước ngoài" (nor "ĐTNN"); "đầu namw" (a Telex slip) was no start of the
year; "chiếm bao nhiêu phần trăm" took the row's rise on the same span ("So CK (%)") for the share, and "tỷ lệ …" a
row's ratio to the year before.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

BLOC = """
ĐẢNG BỘ TỈNH HÒA LÂM
ĐẢNG ỦY KHỐI DOANH NGHIỆP
*
Số 52-BC/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Lâm, ngày 20 tháng 9 năm 2026

BÁO CÁO
kết quả công tác xây dựng Đảng 9 tháng đầu năm 2026

I- KẾT QUẢ

1. Công tác phát triển đảng viên

Đầu năm 2026, Đảng bộ Khối có 5.214 đảng viên. Đến nay, Đảng bộ Khối có 5.302 đảng viên.

2. Xây dựng tổ chức đảng trong doanh nghiệp ngoài nhà nước

Đến nay có 27 tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước và doanh nghiệp có vốn đầu tư nước ngoài (19 trong doanh nghiệp ngoài nhà nước, 08 trong doanh nghiệp có vốn đầu tư nước ngoài), với 846 đảng viên, chiếm 15,96% tổng số đảng viên toàn Đảng bộ Khối.

3. Công tác kiểm tra

Kiểm tra 38 đảng viên khi có dấu hiệu vi phạm; kết luận 34 đảng viên có vi phạm, chiếm 89,47% số đảng viên được kiểm tra.

PHỤ LỤC
KẾT QUẢ THỰC HIỆN CHỈ TIÊU

STT\tChỉ tiêu\tĐVT\tThực hiện 9 tháng 2026\tCùng kỳ 2025\tSo CK (%)
1\tĐảng viên trong DN ngoài nhà nước, DN có vốn ĐTNN\tĐảng viên\t846\t772\t109,59
2\tKiểm tra đảng viên khi có dấu hiệu vi phạm\tĐảng viên\t38\t36\t105,56
"""


@pytest.fixture(scope="module")
def bloc(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "52-BC-DUK-2026.txt", BLOC))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tongr so dang vien dau namw", "5214"),
        ("sl TCCSĐ trong DN ngoài NN và FDI", "27"),
        ("đảng viên khu vực tư nhân và FDI chiếm bao nhiêu phần trăm toàn đảng bộ", "15.96"),
        ("đảng viên trong DN ngoài NN và FDI so cùng kỳ bao nhiêu %", "109.59"),
        ("tỷ lệ đv có vi phạm qua kt DHVP", "89.47"),
    ],
    ids=["telex-slip-in-the-year", "both-sectors", "a-share-not-a-rise", "fdi-rise-when-asked",
         "a-rate-not-a-ratio-to-last-year"],
)
def test_private_sector_words(bloc: Engine, question: str, value: str) -> None:
    """The sector named either way, the start of the year typed with a slip, a share told from a rise (the
    first two pass before too in so small a report: guards)."""
    answered_with(bloc, question, value)
