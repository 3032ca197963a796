"""A nine-month report of a bloc's party committee, written small in our own words: no "Phần thứ …",
results under "I. KẾT QUẢ …" and the coming months' tasks under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG
CUỐI NĂM 2024"."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.figures import extract
from knowledge.reading import read_report
from tests.report_sets import answered_with, engine_for, written

NINE_MONTHS = """ĐẢNG BỘ TỈNH AN PHÚ
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH

*

Số 88-BC/ĐUK

ĐẢNG CỘNG SẢN VIỆT NAM

An Phú, ngày 05 tháng 10 năm 2024

BÁO CÁO
kết quả công tác xây dựng Đảng 9 tháng đầu năm 2024, phương hướng, nhiệm vụ 3 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2024

1. Công tác tổ chức xây dựng Đảng

Chỉ đạo sắp xếp lại các chi bộ trực thuộc: sáp nhập 08 chi bộ trực thuộc thành 03 chi bộ, thành lập mới 02 chi bộ. \
Mở 05 lớp bồi dưỡng nhận thức về Đảng cho 300 quần chúng ưu tú.

9 tháng đầu năm, Ban Thường vụ Đảng ủy Khối đã kết nạp 95 đảng viên, đạt 76% kế hoạch năm. Từ năm 2021 đến nay, \
Đảng bộ Khối đã kết nạp 512 đảng viên, đạt 85,33% chỉ tiêu Nghị quyết Đại hội (600 đảng viên).

Xét tặng Huy hiệu Đảng đợt 03/02 và đợt 19/5 cho 88 đồng chí¹.

¹ Huy hiệu 60 năm tuổi Đảng 03 đồng chí; 40 năm tuổi Đảng 25 đồng chí; 30 năm tuổi Đảng 60 đồng chí.

2. Công tác kiểm tra, giám sát

Tỷ lệ đảng viên được kiểm tra hằng năm đạt trên 30%³. Tổng số đảng viên được kiểm tra, giám sát 9 tháng là 1.450 lượt. Ủy ban Kiểm tra giám sát chuyên đề 07 đảng viên. \
Ủy ban kiểm tra cơ sở kiểm tra 30 tổ chức đảng.

³ Tỷ lệ đảng viên được kiểm tra qua các năm: năm 2021 là 31,5%; năm 2022 là 33,2%; năm 2023 là 32,8%.

3. Công tác văn phòng

Ban Thường vụ Đảng ủy Khối ban hành 120 văn bản².

² Gồm: 05 nghị quyết, 02 chỉ thị, 40 kế hoạch, 73 văn bản khác.

4. Công tác đoàn thể

Công đoàn Viên chức tỉnh kết nạp mới 120 đoàn viên công đoàn, đạt 80% kế hoạch năm. Thu nhập bình quân của \
người lao động đạt 9,8 triệu đồng/người/tháng, tăng 6,5% so với năm 2023.

5. Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2023

+ Tổ chức cơ sở đảng: có 40 tổ chức cơ sở đảng được đánh giá; hoàn thành xuất sắc nhiệm vụ 08 tổ chức (20,00%); \
hoàn thành tốt nhiệm vụ 30 tổ chức (75,00%); hoàn thành nhiệm vụ 02 tổ chức (5,00%).

+ Đảng viên: có 2.000 đảng viên được đánh giá; hoàn thành xuất sắc nhiệm vụ 320 đảng viên (16,00%); hoàn thành \
tốt nhiệm vụ 1.600 đảng viên (80,00%); không hoàn thành nhiệm vụ 12 đảng viên (0,60%). Tỷ lệ tổ chức cơ sở \
đảng hoàn thành tốt nhiệm vụ trở lên đạt 95,00%, chưa đạt chỉ tiêu đề ra (96%).

+ Chi bộ trực thuộc: có 150 chi bộ được đánh giá; hoàn thành xuất sắc nhiệm vụ 35 chi bộ.

II. ĐÁNH GIÁ CHUNG

Các nhiệm vụ cơ bản hoàn thành theo kế hoạch.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2024

1. Mở thêm 02 lớp bồi dưỡng nhận thức về Đảng; phấn đấu kết nạp ít nhất 30 đảng viên.

2. Xét tặng Huy hiệu Đảng đợt 07/11 cho 41 đồng chí.

3. Ủy ban kiểm tra cơ sở tiếp tục kiểm tra 12 tổ chức đảng.

Nơi nhận:
- Tỉnh ủy,
- Lưu.
"""


@pytest.fixture(scope="module")
def nine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return written(tmp_path_factory, "88-BC-DUK-2024.txt", NINE_MONTHS)


@pytest.fixture(scope="module")
def nine_engine(nine: Path) -> Engine:
    return engine_for(nine)


def test_a_top_section_setting_the_coming_tasks_holds_targets(nine: Path) -> None:
    """With no "Phần thứ …", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2024" sets targets for 2024,
    and "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ …" (which also says "nhiệm vụ") reports results."""
    facts = extract(read_report(nine))
    [ahead] = [f for f in facts if f.value == 41]
    assert (ahead.kind, ahead.period) == ("target", "2024")
    [done] = [f for f in facts if f.value == 5 and f.unit == "lớp"]
    assert done.kind == "count"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("mở mấy lớp bồi dưỡng nhận thức về Đảng", "5"),  # what was done, not the 02 planned
        ("3 tháng cuối năm mở thêm mấy lớp nhận thức về đảng", "2"),
        ("đợt 7/11 tặng huy hiệu cho mấy đồng chí", "41"),  # the round of that day
        ("huy hiệu đảng 40 năm bao nhiêu đồng chí", "25"),  # "40 năm tuổi Đảng 25 đồng chí" is a Huy hiệu class
        ("bn chi bộ trực thuộc bị sáp nhập", "8"),  # "sáp nhập 08 … thành 03": the 08 were merged
        ("kết nạp đảng viên đạt bao nhiêu % kế hoạch năm", "76"),  # not the union's 80% of its members
        ("từ 2021 đến nay kết nạp được bao nhiêu đảng viên", "512"),
        ("ban hành mấy nghị quyết", "5"),
        ("so to chuc co so dang hoan thanh xuat sac nhiem vu nam 2023", "8"),  # the count, not its 20,00%
        ("tỷ lệ đv hoàn thành xuất sắc nhiệm vụ năm 2023", "16"),  # the members' share, not the bodies'
        ("tỷ lệ tccsđ hoàn thành tốt nhiệm vụ trở lên năm 2023", "95"),  # not the target "(96%)" after it
        ("3 thang cuoi nam co so kiem tra them bao nhieu to chuc dang", "12"),  # the aim ahead, not the 30 done
        ("bn TCCSĐ hoàn thành xuất sắc nhiệm vụ", "8"),  # the bodies, not the 35 chi bộ under them
        ("từ đầu nhiệm kỳ đến nay kết nạp bao nhiêu đảng viên", "512"),  # the term so far, not the 95 of 9 months
        ("tỷ lệ đảng viên được kiểm tra năm 2022", "33.2"),  # "³ Tỷ lệ … qua các năm: … năm 2022 là 33,2%"
        ("thu nhập bình quân tăng bao nhiêu % so với năm 2023", "6.5"),  # 2023 is the base, not the period
    ],
    ids=["done", "months-ahead", "round-of-a-day", "badge-class", "merged", "share-of-whose-count", "since",
         "resolutions", "bodies-rated-excellent", "members-rated-excellent", "rate-beside-its-target",
         "aim-ahead", "bodies-not-cells", "term-so-far", "footnote-years-under-a-lead", "base-year"],
)
def test_nine_month_report(nine_engine: Engine, question: str, value: str) -> None:
    answered_with(nine_engine, question, value)


def test_times_checked_count_the_members_checked(nine_engine: Engine) -> None:
    """"đảng viên được kiểm tra, giám sát … là 1.450 lượt" answers a count of members checked."""
    answer = nine_engine.ask("tổng số đv được KT, GS 9 tháng")
    shown = [answer.figure, *answer.alternatives] if answer.status == "answered" else answer.alternatives
    assert 1450 in {f.value for f in shown if f is not None}, answer.reply


def test_a_sub_sections_year_is_that_of_its_figures(nine: Path) -> None:
    """"5. Đánh giá, xếp loại … năm 2023" in a report of 2024: its figures are of 2023."""
    [rated] = [f for f in extract(read_report(nine)) if f.value == 320]
    assert rated.period == "2023"


def test_since_a_year_is_no_one_year(nine: Path) -> None:
    """"Từ năm 2021 đến nay … kết nạp 512": the years so far, not 2021."""
    [since] = [f for f in extract(read_report(nine)) if f.value == 512]
    assert since.period is None


def test_a_merged_count_and_what_it_became(nine: Path) -> None:
    facts = {int(f.value): f for f in extract(read_report(nine)) if f.unit == "chi bộ"}
    assert facts[3].label == "chi bộ sau sáp nhập" and facts[3].period is None
    assert facts[8].period is None
