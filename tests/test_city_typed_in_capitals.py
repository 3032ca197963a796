"""A city or town typed "TP …" / "TX …" with no dot, on a small social insurance report written in our own words
(session 26).

Before: "số nợ TP Lam Giang" read "TP" as an unknown word and found nothing; "tp. Lam Giang" (with its dot) was
already read as "thành phố".
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

INSURANCE = """
ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH
ĐẢNG ỦY BẢO HIỂM XÃ HỘI TỈNH
*
Số 61-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Lam Giang, ngày 20 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I- KẾT QUẢ

Tổng số nợ đóng bảo hiểm xã hội là 96,15 tỷ đồng, giảm so với năm 2024.

PHỤ LỤC
NỢ ĐÓNG BẢO HIỂM XÃ HỘI THEO ĐỊA BÀN NĂM 2025

STT\tĐịa bàn\tSố thu (tỷ đồng)\tSố nợ (tỷ đồng)\tSố đơn vị nợ (đơn vị)
1\tThành phố Lam Giang\t2.241,5\t41,26\t342
2\tThị xã Hòa Phú\t812,4\t19,73\t121
3\tHuyện Tân Khê\t538,7\t13,48\t98
\tTổng cộng\t3.592,6\t74,47\t561
"""


@pytest.fixture(scope="module")
def insurance(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "61-BC-DU-2025.txt", INSURANCE))


@pytest.mark.parametrize(
    ("question", "value"),
    [("số nợ TP Lam Giang", "41.26"), ("so don vi no TX Hoa Phu", "121"), ("số nợ tp. Lam Giang", "41.26")],
    ids=["city", "town-unaccented", "city-with-its-dot"],
)
def test_the_places_row(insurance: Engine, question: str, value: str) -> None:
    """The row of the city or town named (the town and the dotted spelling are guards: so before too)."""
    answered_with(insurance, question, value)
