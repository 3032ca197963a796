"""Vietnamese text normalisation: NFC, casefold, tone-mark placement, folded and matching forms, Telex slips."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.vietnamese import clean, fold, has_diacritics, key, key_words, nfc, telex_candidates, words


def test_nfc_composes_decomposed_text() -> None:
    decomposed = unicodedata.normalize("NFD", "Đảng viên")
    assert decomposed != "Đảng viên"
    assert nfc(decomposed) == "Đảng viên"


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("  ĐẢNG   VIÊN ", "đảng viên"),
        ("hoà bình", "hòa bình"),
        ("thuỷ lợi", "thủy lợi"),
        ("KHOÁ XIII", "khóa xiii"),
        ("tuỳ", "tùy"),
        ("đảng\tviên\x00mới", "đảng viên mới"),
        (unicodedata.normalize("NFD", "Kỷ luật"), "kỷ luật"),
    ],
    ids=["case-and-spaces", "old-style-oa", "old-style-uy", "upper-old-style", "grave-on-uy", "control-chars", "nfd"],
)
def test_clean(text: str, cleaned: str) -> None:
    assert clean(text) == cleaned


@pytest.mark.parametrize("word", ["quý", "quỹ", "Quý", "quỳ"], ids=["quarter", "fund", "capital", "kneel"])
def test_clean_keeps_tone_after_qu(word: str) -> None:
    """"qu" is one consonant: the tone stays on the y (not "qúy")."""
    assert clean(word) == word.lower()


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Đảng viên", "dang vien"), ("KỶ LUẬT", "ky luat"), ("Nghị quyết Đại hội", "nghi quyet dai hoi"), ("7.261", "7.261")],
    ids=["d-stroke", "upper", "phrase", "number-kept"],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("a", "b"),
    [("tỷ đồng", "tỉ đồng"), ("kỷ luật", "kỉ luật"), ("Đảng viên", "dang vien"), ("quy chế", "quy chế")],
    ids=["ty-ti", "ky-ki", "without-marks", "qu-y-kept"],
)
def test_key_treats_spellings_alike(a: str, b: str) -> None:
    assert key(a) == key(b)


def test_key_keeps_distinct_words_apart() -> None:
    assert key("đảng viên") != key("đoàn viên")
    assert key("quy chế") == "quy che"  # "y" after "u" is a vowel, not read as "i"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kết nạp 953 đảng viên, đạt 79,61%", ["kết", "nạp", "953", "đảng", "viên", "đạt", "79,61", "%"]),
        ("7.261 đảng viên", ["7.261", "đảng", "viên"]),
    ],
    ids=["figures-kept-whole", "grouped-number"],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_key_words_fold_and_keep_numbers() -> None:
    assert key_words("Tỷ lệ 41,47%") == ["ti", "le", "41,47", "%"]


@pytest.mark.parametrize(
    ("text", "marked"),
    [("đảng viên", True), ("dang vien", False), ("Đ", True), ("2020", False)],
    ids=["marked", "plain", "d-stroke-only", "digits"],
)
def test_has_diacritics(text: str, marked: bool) -> None:
    assert has_diacritics(text) is marked


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("ddangr", ["đảng"]), ("vieen", ["viên"]), ("luaatj", ["luật"]), ("napj", ["nạp"]), ("naapj", ["nập"]), ("dang", []), ("2021", [])],
    ids=["dd-and-hook", "double-e", "dot-below", "nap", "nap-circumflex", "ordinary-word", "number"],
)
def test_telex_candidates(typed: str, meant: list[str]) -> None:
    assert telex_candidates(typed) == meant


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạềếểễệìíỉĩịòóỏõọờớởỡợùúủũụừứửữựỳýỷỹỵ ", max_size=40))
def test_clean_is_idempotent(text: str) -> None:
    assert clean(clean(text)) == clean(text)


@given(st.text(alphabet="aăâdđeêioôơuưyàáảãạềếểễệìíỉĩịòóỏõọờớởỡợùúủũụừứửữựỳýỷỹỵ ", max_size=40))
def test_fold_leaves_plain_ascii(text: str) -> None:
    assert fold(text).isascii()
