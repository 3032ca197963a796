"""The document model of the bundled .txt report: header, section tree, locators, paragraphs, footnotes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.document import (
    SUPERSCRIPT_DIGITS,
    Document,
    Paragraph,
    from_superscript,
    short_heading,
    superscript,
)

PART_1 = "Phần thứ nhất"
RESULTS = "I- KẾT QUẢ 2 NĂM RUỒI THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI VII"
SECTION_1 = (PART_1, RESULTS, "1. Lãnh đạo thực hiện nhiệm vụ chính trị")
SECTION_2 = (PART_1, RESULTS, "2. Lãnh đạo thực hiện công tác giáo dục chính trị, tư tưởng")
SECTION_3 = (
    PART_1,
    RESULTS,
    "3. Lãnh đạo thực hiện Nghị quyết, Kết luận Hội nghị Trung ương 4 (khóa XI, XII, XIII) và Chỉ thị số 05-CT/TW"
    " của Bộ Chính trị",
)
SECTION_4 = (PART_1, RESULTS, "4. Xây dựng tổ chức đảng và đảng viên")
SECTION_6 = (PART_1, RESULTS, "6. Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng")
SECTION_7 = (PART_1, RESULTS, "7. Công tác dân vận và lãnh đạo đoàn thể")
OVERALL = (PART_1, "II- ĐÁNH GIÁ TỔNG QUÁT VÀ KINH NGHIỆM", "1. Đánh giá tổng quát")


def paragraphs_with(doc: Document, phrase: str) -> list[Paragraph]:
    return [p for p in doc.paragraphs if phrase in p.text]


# --- header -----------------------------------------------------------------------------------------


def test_header_number_place_date(document: Document) -> None:
    header = document.header
    assert (header.number, header.place, header.date) == ("161-BC/ĐUK", "Kiên Giang", "2023-07-25")


def test_header_issuer_is_the_party_committee_not_the_motto(document: Document) -> None:
    issuer = document.header.issuer
    assert "ĐẢNG ỦY KHỐI" in issuer and "CÁC CƠ QUAN-DOANH NGHIỆP TỈNH" in issuer
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in issuer
    assert "161-BC" not in issuer and "*" not in issuer


def test_header_title(document: Document) -> None:
    title = document.header.title
    assert title.startswith("BÁO CÁO sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội")
    assert title.endswith("lần thứ VII, nhiệm kỳ 2020 - 2025")
    assert "Phần thứ nhất" not in title


# --- section tree and locators ------------------------------------------------------------------------


def test_section_tree_of_part_one(document: Document) -> None:
    sections = dict.fromkeys(p.section for p in document.paragraphs)
    numbered = [s[2] for s in sections if len(s) == 3 and s[:2] == (PART_1, RESULTS)]
    assert [title.split(".")[0] for title in numbered] == ["1", "2", "3", "4", "5", "6", "7"]
    assert numbered[5] == SECTION_6[2]


def test_top_level_sections_in_reading_order(document: Document) -> None:
    tops = list(dict.fromkeys(p.section[:2] for p in document.paragraphs if len(p.section) >= 2))
    assert [(part, heading.split("-")[0]) for part, heading in tops] == [
        (PART_1, "I"),
        (PART_1, "II"),
        (PART_1, "III"),
        ("Phần thứ hai", "I"),
        ("Phần thứ hai", "II"),
    ]


def test_part_title_in_capitals_is_not_a_paragraph(document: Document) -> None:
    assert not paragraphs_with(document, "TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ KHỐI")
    assert document.paragraphs[0].section == (PART_1,)


@pytest.mark.parametrize(
    ("phrase", "locator"),
    [
        ("thi hành kỷ luật 39 đảng viên", "Phần thứ nhất › I › 6. Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng"),
        ("quyết định kết nạp 953 đảng viên", "Phần thứ nhất › I › 4. Xây dựng tổ chức đảng và đảng viên"),
        ("Đảng bộ Khối có 104 tổ chức cơ sở đảng", "Phần thứ nhất"),
        ("đã bầu Ban Chấp hành Đảng bộ gồm 39 đồng chí",
         "Phần thứ nhất › III- ĐÁNH GIÁ KIỂM ĐIỂM SỰ LÃNH ĐẠO CỦA BAN CHẤP HÀNH ĐẢNG BỘ KHÓA VII, NHIỆM KỲ 2020-2025"),
        ("nhiệm vụ từ nay đến năm 2025 có những thời cơ", "Phần thứ hai › I- DỰ BÁO TÌNH HÌNH"),
        ("Thực hiện nghiêm túc kết luận sau kiểm tra",
         "Phần thứ hai › II › 6. Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng"),
    ],
    ids=["discipline", "admission", "opening", "part-1-III", "part-2-I", "part-2-II-6"],
)
def test_paragraph_locator(document: Document, phrase: str, locator: str) -> None:
    [paragraph] = paragraphs_with(document, phrase)
    assert paragraph.locator == locator


@pytest.mark.parametrize(
    ("heading", "last", "short"),
    [
        ("I- KẾT QUẢ 2 NĂM RUỒI", False, "I"),
        ("I- KẾT QUẢ 2 NĂM RUỒI", True, "I- KẾT QUẢ 2 NĂM RUỒI"),
        ("II – ĐÁNH GIÁ", False, "II"),
        ("6. Công tác kiểm tra", False, "6. Công tác kiểm tra"),
        ("Phần thứ nhất", False, "Phần thứ nhất"),
    ],
    ids=["roman-inner", "roman-last", "roman-en-dash", "numbered", "part"],
)
def test_short_heading(heading: str, last: bool, short: str) -> None:
    assert short_heading(heading, last) == short


# --- paragraphs ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "joined",
    [
        "doanh nghiệp tập trung triển khai thực hiện kế hoạch sản xuất-kinh doanh hằng năm",
        "pháp luật Nhà nước, nhất là Nghị quyết Đại hội XIII của Đảng",
        "học tập các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước chưa cao",
        "Thành lập 04 Tổ theo dõi, giám sát và chỉ đạo các tổ chức cơ sở đảng trực thuộc",
        "hội nghị đánh giá, xếp loại cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý",
        "Ban Chấp hành Đảng bộ Khối các Cơ quan-Doanh nghiệp tinh khóa VII",
        "với tổng số tiền 100 triệu đồng. Công tác xây dựng tổ chức hội vững mạnh",
        "để kịp thời chấn chỉnh, uốn nắn thiếu sót",
    ],
    ids=["trien-khai", "nha-nuoc", "chu-truong", "giam-sat-va-chi-dao", "danh-gia-xep-loai", "doanh-nghiep",
         "cong-tac", "chan-chinh"],
)
def test_paragraph_cut_at_a_page_break_is_rejoined(document: Document, joined: str) -> None:
    assert len(paragraphs_with(document, joined)) == 1


def test_no_paragraph_starts_mid_sentence(document: Document) -> None:
    """Every continuation after a page break was joined to the paragraph it continues."""
    assert [p.text[:40] for p in document.paragraphs if p.text[0].islower()] == []


def test_footnote_bodies_are_not_paragraphs(document: Document) -> None:
    assert not paragraphs_with(document, "Chuyển đi 1.317")
    assert not paragraphs_with(document, "Tổng thu ngân sách 30.196 tỷ đồng")
    assert not any(p.text[0] in SUPERSCRIPT_DIGITS for p in document.paragraphs)


def test_closing_and_appendix_are_not_paragraphs(document: Document) -> None:
    assert paragraphs_with(document, "Trên đây là báo cáo sơ kết giữa nhiệm kỳ")  # the last sentence stays
    for phrase in ("Nơi nhận", "Lưu VT", "Trần Chí Viễn", "PHỤ LỤC", "CÔNG TÁC GIÁO DỤC CHÍNH TRỊ TƯ TƯỞNG"):
        assert not paragraphs_with(document, phrase), phrase


def test_bullets_lose_their_dash_and_emphasis(document: Document) -> None:
    [bullet] = paragraphs_with(document, "Lĩnh vực sản xuất kinh doanh: Tổng doanh thu")
    assert bullet.bullet
    assert bullet.text.startswith("Lĩnh vực sản xuất kinh doanh")
    [emphasised] = paragraphs_with(document, "khôi phục quan hệ đoàn thể")
    assert "*" not in emphasised.text


# --- footnotes -----------------------------------------------------------------------------------------


def test_twenty_six_footnotes(document: Document) -> None:
    assert sorted(document.footnotes) == list(range(1, 27))


def test_every_footnote_marked_once_in_the_text(document: Document) -> None:
    markers = [
        from_superscript(m)
        for p in document.paragraphs
        for m in re.findall(f"[{SUPERSCRIPT_DIGITS}]+", p.text)
    ]
    assert sorted(markers) == list(range(1, 27))


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (2, "Tổng thu ngân sách 30.196 tỷ đồng, đạt 41,47% so với chỉ tiêu nhiệm kỳ."),
        (15, "Chuyển đi 1.317, chuyển đến 588 đảng viên."),
        (16, "Xóa tên trong danh sách 23 đảng viên, cho ra khỏi Đảng 13 đảng viên, khai trừ khỏi Đảng 03 đảng viên."),
        (18, "Năm 2020, đạt tỷ lệ 99,04%; năm 2021, đạt tỷ lệ 98,07%; năm 2022, đạt tỷ lệ 94,23%."),
    ],
    ids=["2", "15", "16", "18-no-space-after-marker"],
)
def test_footnote_text(document: Document, number: int, text: str) -> None:
    assert document.footnotes[number].text == text


@pytest.mark.parametrize(
    ("number", "section"),
    [
        (1, SECTION_1),
        (2, SECTION_1),
        (3, SECTION_2),
        (7, SECTION_2),
        (9, SECTION_3),
        (15, SECTION_4),
        (16, SECTION_4),
        (19, SECTION_4),
        (20, SECTION_6),
        (22, SECTION_7),
        (25, SECTION_7),
        (26, OVERALL),
    ],
    ids=lambda v: str(v) if isinstance(v, int) else v[-1].split(".")[0],
)
def test_footnote_attached_to_the_section_of_its_marker(document: Document, number: int, section: tuple[str, ...]) -> None:
    assert document.footnotes[number].section == section


def test_footnote_20_body_stands_mid_paragraph_but_belongs_to_section_6(document: Document) -> None:
    """Its body interrupts a paragraph of section 6 at a page end; the paragraph is still one."""
    assert document.footnotes[20].section == SECTION_6
    [cut] = paragraphs_with(document, "Ban Chấp hành Đảng bộ Khối các Cơ quan-Doanh nghiệp tinh khóa VII")
    assert cut.section == SECTION_6


# --- superscript markers -------------------------------------------------------------------------------


@pytest.mark.parametrize(("number", "marker"), [(1, "¹"), (16, "¹⁶"), (26, "²⁶"), (100, "¹⁰⁰")], ids=str)
def test_superscript(number: int, marker: str) -> None:
    assert superscript(number) == marker
    assert from_superscript(marker) == number


@given(st.integers(min_value=0, max_value=10**6))
def test_superscript_round_trip(number: int) -> None:
    assert from_superscript(superscript(number)) == number
