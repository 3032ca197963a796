"""Shorthand of labour and social affairs typed in a hurry (session 27, in our own words).

Before: "XKLĐ", "GDNN", "BTXH", "GQVL", "NKT", "HCĐB", "BHTN" and "LĐ" were unknown words, so "xkld nam 2024
bao nhieu nguoi" or "tuyển sinh GDNN đạt bao nhiêu % kế hoạch" found nothing in a report that spells
them out.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

LABOUR_YEAR = """
UBND TỈNH HÀ NAM SƠN
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
*
Số 412/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Nam Sơn, ngày 20 tháng 12 năm 2025

BÁO CÁO
kết quả công tác lao động, người có công và xã hội năm 2025

I. KẾT QUẢ

1. Việc làm
Toàn tỉnh giải quyết việc làm cho 24.615 lao động, đạt 109,4% kế hoạch; trong đó đưa 2.507 lao động đi làm việc ở nước ngoài theo hợp đồng (thị trường Nhật Bản 1.386 lao động, Hàn Quốc 512 lao động, Đài Loan 609 lao động). Số người tham gia bảo hiểm thất nghiệp 121.408 người.
2. Giáo dục nghề nghiệp
Tuyển sinh giáo dục nghề nghiệp 21.940 người, đạt 101,81% kế hoạch.
3. Bảo trợ xã hội
Toàn tỉnh có 41.862 đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng, trong đó người khuyết tật 17.385 người. Trẻ em có hoàn cảnh đặc biệt được hỗ trợ, chăm sóc 3.968 em.
"""


@pytest.fixture(scope="module")
def labour(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "412-BC-SLDTBXH-2025.txt", LABOUR_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("xkld bao nhieu nguoi", "2507"),
        ("sl LĐ đi XKLĐ sang Nhật", "1386"),
        ("tuyển sinh GDNN đạt bao nhiêu % kế hoạch", "101.81"),
        ("GQVL dat bao nhieu % ke hoach", "109.4"),
        ("đối tượng BTXH là NKT bn ng", "17385"),
        ("TE HCĐB dc chăm sóc bn em", "3968"),
        ("bn người tham gia BHTN", "121408"),
    ],
    ids=["xkld", "ld-and-xkld", "gdnn", "gqvl", "btxh-nkt", "te-hcdb", "bhtn"],
)
def test_social_affairs_shorthand(labour: Engine, question: str, value: str) -> None:
    """Each shorthand is read as the words the report spells out."""
    answered_with(labour, question, value)


def test_economy_is_not_children(labour: Engine) -> None:
    """"te" typed small is the "tế" of "kinh tế", never "trẻ em": nothing of children is asked (a guard)."""
    answer = labour.ask("tang truong kinh te bao nhieu")
    assert answer.figure is None or answer.figure.value != 3968
