"""A women's union's year, written small in our own words.

It holds what session 17's unseen data taught: "vì những lý do gì" asks a breakdown (the fall and its
reasons); "nợ quá hạn" is not the whole "dư nợ"; a total whose label lists its parts in brackets ("Mái ấm
tình thương (xây mới, sửa chữa)") answers a question naming one of them with that part alone.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

WOMENS_YEAR = """

ĐẢNG BỘ TỈNH TÂY SƠN
ĐẢNG ĐOÀN HỘI LIÊN HIỆP PHỤ NỮ TỈNH
*
Số 14-BC/ĐĐ
ĐẢNG CỘNG SẢN VIỆT NAM
Tây Sơn, ngày 10 tháng 12 năm 2026

BÁO CÁO
kết quả công tác năm 2026

I- KẾT QUẢ

Năm 2026 phát triển mới 6.215 hội viên; giảm 2.904 hội viên¹; tổng số hội viên đến nay là 205.318 hội viên. Tổng
dư nợ ủy thác qua Hội đạt 2.418,50 tỷ đồng. Nợ quá hạn 3,92 tỷ đồng, chiếm tỷ lệ 0,16% trên tổng dư nợ.

¹ Chuyển đi 1.611 hội viên, từ trần 968 hội viên, giảm do lý do khác 325 hội viên.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2025\tChỉ tiêu 2026\tNăm 2026\t% so chỉ tiêu
1\tMái ấm tình thương (xây mới, sửa chữa)\tcăn nhà\t96\t100\t112\t112,00
\t- Xây mới\tcăn nhà\t70\t75\t81\t108,00
\t- Sửa chữa\tcăn nhà\t26\t25\t31\t124,00
"""


@pytest.fixture(scope="module")
def womens(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "14-BC-DD-2026.txt", WOMENS_YEAR))


def test_reasons_asked_are_a_breakdown(womens: Engine) -> None:
    """"hội viên giảm vì những lý do gì": the 2.904 with its reasons, not the 325 "giảm do lý do khác"."""
    answer = answered_with(womens, "hội viên giảm vì những lý do gì, mỗi loại bao nhiêu", "2904")
    assert {p.value for p in answer.parts} == {Decimal("1611"), Decimal("968"), Decimal("325")}, answer.reply


def test_overdue_debt_is_not_all_debt(womens: Engine) -> None:
    """"nợ quá hạn" is 3,92 tỷ đồng, never the 2.418,50 of all that is lent out."""
    answered_with(womens, "nợ quá hạn bao nhiêu tỷ", "3.92")
    answer = womens.ask("nợ quá hạn NHCSXH bn tỷ")
    assert answer.figure is None or answer.figure.value != Decimal("2418.50"), answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [("xây mới được bao nhiêu căn mái ấm tình thương", "81"), ("mai am tinh thuong sua chua bao nhieu can", "31")],
    ids=["built", "repaired"],
)
def test_a_part_listed_in_its_totals_brackets(womens: Engine, question: str, value: str) -> None:
    """"Mái ấm tình thương (xây mới, sửa chữa)" lists its parts: "xây mới" asked is the part's row alone."""
    answered_with(womens, question, value)
