"""A labour department's year and an enterprises bloc's targets, written small in our own words.

Session 20's data taught: "443 hộ nghèo phát sinh; … còn 9.517" is a flow of the year, not a state at the
term's start; houses built are not houses repaired, the countryside is not the towns, households that fell
into poverty are not those that left it; a table "Chỉ tiêu Nghị quyết | Kết quả | Đánh giá" gives what was done
in its "Kết quả" column; "6 th 2023" is six months; "… , gồm đảng bộ và chi bộ" asks the parts; "sáng kiến, cải
tiến" typed "sang kien cai tien" counts ideas, no money; "xây mới" of "xây mới và sửa chữa 228 căn" (xây mới 86,
sửa chữa 142) is the 86, and the plan of 200 is no rival; "71 công đoàn cơ sở đạt vững mạnh" is no count of the
row "Công đoàn cơ sở" (82); "có từ 30 lao động trở lên" is a size, no figure; "NQ
giao" asks the target.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, written

LABOUR = """

ĐẢNG BỘ TỈNH ĐÔNG LÂM
ĐẢNG ỦY SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
*
Số 47-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Lâm, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025

I- KẾT QUẢ

1. Giảm nghèo

Tổ chức rà soát hộ nghèo cuối năm đúng quy trình. Kết quả, trong năm có 3.412 hộ thoát nghèo, 443 hộ nghèo phát
sinh; đến cuối năm toàn tỉnh còn 9.517 hộ nghèo.

2. Người có công

Xây mới và sửa chữa 228 căn nhà tình nghĩa¹, đạt 114% kế hoạch (kế hoạch 200 căn). Tỷ lệ thất nghiệp khu vực
thành thị 2,38%.

¹ Xây mới 86 căn, kinh phí 6,88 tỷ đồng; sửa chữa 142 căn, kinh phí 6,97 tỷ đồng.

3. Xây dựng Đảng

Đảng ủy quyết định thành lập mới 5 tổ chức cơ sở đảng, gồm 4 đảng bộ và 1 chi bộ. Toàn tỉnh hiện còn 137 doanh
nghiệp ngoài nhà nước có từ 30 lao động trở lên chưa có tổ chức đảng. Đoàn Thanh niên: có 1.356 sáng kiến, cải
tiến kỹ thuật làm lợi trên 27,4 tỷ đồng. Công đoàn: năm 2024 có 71 công đoàn cơ sở đạt vững mạnh, chiếm 86,59%.

PHỤ LỤC
KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT

STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu Nghị quyết\tKết quả\tĐánh giá
1\tTỷ lệ đảng viên học tập, quán triệt nghị quyết\t%\t95\t97,36\tVượt
2\tTỷ lệ lao động qua đào tạo\t%\t70\t71,5\tVượt
3\tThành lập tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước\tTCCSĐ\t8\t5\tKhông đạt

PHỤ LỤC II
SỐ LIỆU QUA CÁC NĂM

STT\tNội dung\tĐơn vị tính\tNăm 2024\tNăm 2025
1\tCông đoàn cơ sở\tCĐCS\t82\t82
"""


@pytest.fixture(scope="module")
def labour(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "47-BC-DU-2025.txt", LABOUR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("so ho ngheo phat sinh trong nam", "443"),
        ("xay moi bao nhieu can nha tinh nghia", "86"),
        ("tyr le dang vien hocj tap quan triet nghi quyet", "97.36"),
        ("doan thanh nien co bao nhieu sang kien cai tien ky thuat", "1356"),
        ("bn DN ngoài NN có từ 30 LĐ trở lên chưa có tổ chức đảng", "137"),
        ("NQ giao thành lập mấy tổ chức đảng trong DN ngoài nhà nước", "8"),
    ],
    ids=["a-flow-of-the-year", "built-not-repaired", "the-result-column", "ideas-not-money", "a-size-class", "nq-giao"],
)
def test_the_figure_asked(labour: Engine, question: str, value: str) -> None:
    """What was asked, not the figure beside it of the other side or the plan (the size class is a guard here)."""
    answer = labour.ask(question)
    assert answer.status == "answered", answer.reply
    assert answer.figure is not None and answer.figure.value == Decimal(value), answer.reply


def test_the_countryside_is_not_the_towns(labour: Engine) -> None:
    """The report gives the towns' unemployment only: the countryside's is not in it."""
    answer = labour.ask("tỷ lệ thất nghiệp khu vực nông thôn là bao nhiêu")
    assert answer.status == "not_found", answer.reply


def test_new_bases_with_their_kinds(labour: Engine) -> None:
    """"…, gồm đảng bộ và chi bộ": the 5 new bases with their 4 and 1."""
    answer = labour.ask("thanh lap moi bao nhieu to chuc co so dang, gom dang bo va chi bo")
    assert answer.figure is not None and answer.figure.value == Decimal("5"), answer.reply
    assert {Decimal("4"), Decimal("1")} <= {p.value for p in answer.parts}, answer.reply


def test_a_graded_count_is_no_rival_of_the_row(labour: Engine) -> None:
    """"năm 2024 có 71 công đoàn cơ sở đạt vững mạnh" and the row "Công đoàn cơ sở | 82": no conflict."""
    seventy_one = [i for i, f in enumerate(labour.index.facts) if f.value == Decimal("71") and f.origin == "text"]
    assert seventy_one and not any(labour.index.conflicts.get(i) for i in seventy_one)
