"""Numbers said in words, as a phone transcribes a voice message: "năm hai không hai mốt" is 2021.

Only what cannot be read otherwise is turned into digits: a year ("hai không hai ba", "hai nghìn không trăm
hai mươi ba", "năm hai hai"), a number of two or more words with its tens ("bốn mươi chín", "ba lăm"), a count
of months ("sáu tháng đầu năm") and a month ("cuối tháng sáu"). A lone "năm" (five, or year), "ba" or "hai" is
left alone. Without diacritics ("nam hai khong hai hai") only a year is read, since "sau", "bay", "tam", "lam"
are words of their own.
"""

from __future__ import annotations

import re

from knowledge.vietnamese import has_diacritics

# a digit said as a word; "mốt", "lăm", "tư" only as the last digit of a number of tens
DIGITS = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
LAST_DIGITS = {**DIGITS, "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
PLAIN_DIGITS = {"khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}
PLAIN_LAST = {**PLAIN_DIGITS, "tu": 4, "lam": 5}
TENS = ("mươi", "muoi")
TEN = ("mười", "muoi")
THOUSAND = ("nghìn", "ngàn", "nghin", "ngan")
HUNDRED = ("trăm", "tram")
ZERO_TENS = ("linh", "lẻ", "le")
YEAR_WORDS = ("năm", "nam")
MONTHS_AFTER = ("tháng",)
YEAR_AFTER = ("nay", "ngoái", "trước", "sau", "tới", "qua", "này", "đó", "học")
TU_COMPOUNDS = ("pháp", "vấn", "nhân", "cách", "tưởng", "liệu", "duy", "lệnh", "thục", "sản", "bản", "hữu", "lợi", "trang")

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_NUMBER_WORDS = frozenset({*LAST_DIGITS, *PLAIN_LAST, *TENS, *TEN, *THOUSAND, *HUNDRED, *ZERO_TENS})


def _two(words: list[str], plain: bool) -> int | None:
    """A number below 100 said whole ("hai mươi ba", "mười chín", "hai mốt", "hai ba") or digit by digit."""
    first, last = (PLAIN_DIGITS, PLAIN_LAST) if plain else (DIGITS, LAST_DIGITS)
    if len(words) == 1:
        return 10 if words[0] in TEN else None
    if len(words) == 2:
        a, b = words
        if a in TEN:
            return 10 + last[b] if last.get(b) else None
        if a in first and b in TENS:
            return first[a] * 10
        if a in first and b in last:
            return first[a] * 10 + last[b]
        return None
    if len(words) == 3 and words[0] in first and words[1] in TENS and words[2] in last:
        return first[words[0]] * 10 + last[words[2]]
    return None


def _year(words: list[str], plain: bool) -> int | None:
    """A year of this century: "hai không hai mốt", "hai nghìn không trăm hai mươi ba", "hai ngàn hai mốt"."""
    if len(words) < 3 or words[0] != "hai":
        return None
    rest = words[1:]
    if rest[0] in ("không", "khong") and (tail := _two(rest[1:], plain)) is not None:
        return 2000 + tail
    if rest[0] in THOUSAND:
        rest = rest[1:]
        if rest[:2] in (["không", "trăm"], ["khong", "tram"]):
            rest = rest[2:]
        if len(rest) == 2 and rest[0] in ZERO_TENS:
            digit = (PLAIN_DIGITS if plain else DIGITS).get(rest[1])
            return None if digit is None else 2000 + digit
        tail = _two(rest, plain)
        return None if tail is None else 2000 + tail
    return None


def _short_year(words: list[str], plain: bool) -> int | None:
    """After "năm": "hai hai", "hai mốt", "hai mươi", "hai mươi ba" are the years 2022, 2021, 2020, 2023."""
    if not words or words[0] != "hai":
        return None
    tail = _two(words, plain)
    return 2000 + tail if tail is not None and 20 <= tail <= 39 else None


def _cardinal(words: list[str]) -> int | None:
    """A number of two or more words said with its tens, hundreds or thousands ("bốn mươi chín", "ba lăm",
    "một trăm linh năm", "hai nghìn ba trăm"); never a string of bare digits ("hai ba")."""
    if len(words) < 2:
        return None
    if any(w in THOUSAND for w in words):
        at = next(k for k, w in enumerate(words) if w in THOUSAND)
        high = DIGITS.get(words[0]) if at == 1 else _cardinal(words[:at])
        low = _cardinal(words[at + 1 :]) if len(words) > at + 2 else (DIGITS.get(words[at + 1]) if len(words) == at + 2 else 0)
        return None if high is None or low is None or low >= 1000 else high * 1000 + low
    if len(words) >= 2 and words[1] in HUNDRED and words[0] in DIGITS:
        rest = words[2:]
        if not rest:
            return DIGITS[words[0]] * 100
        if len(rest) == 2 and rest[0] in ZERO_TENS and rest[1] in DIGITS:
            return DIGITS[words[0]] * 100 + DIGITS[rest[1]]
        low = _two(rest, False) if (len(rest) > 1 and (rest[0] in TEN or rest[1] in TENS)) or rest == ["mười"] else None
        return None if low is None else DIGITS[words[0]] * 100 + low
    said_tens = words[0] == "mười" or (len(words) > 1 and words[1] in TENS[:1]) or words[-1] in ("mốt", "tư", "lăm", "nhăm")
    if not said_tens or (len(words) == 2 and words[1] == "tư" and words[0] != "mười" and words[0] not in DIGITS):
        return None
    return _two(words, False)


def _runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of number words in ``text``: (start, end, lowercase words)."""
    runs: list[tuple[int, int, list[str]]] = []
    for m in _WORD_RE.finditer(text):
        word = m.group(0).lower()
        if word not in _NUMBER_WORDS:
            continue
        if runs and text[runs[-1][1] : m.start()].strip() == "":
            start, _, said = runs[-1]
            runs[-1] = (start, m.end(), [*said, word])
        else:
            runs.append((m.start(), m.end(), [word]))
    return runs


def _said(words: list[str], after: str, before: str) -> str | None:
    """The digits a run of number words stands for, or None to leave it as typed; ``after`` is the two words
    the run follows, ``before`` the word it stands before."""
    # "6 tháng năm …", "sáu tháng năm …": a span, then its year
    span = len(after.split()) == 2 and (after.split()[0].isdigit() or after.split()[0] in DIGITS)
    after = after.split()[-1] if after else ""
    plain = not any(has_diacritics(w) for w in words)  # "hai", "ba" are alike both ways
    lead = words[0] in YEAR_WORDS
    if lead and (year := _year(words[1:], plain) or _short_year(words[1:], plain)):
        return f"{words[0]} {year}"
    if (year := _year(words, plain)) is not None:
        return str(year)
    if plain:
        return None
    if after in MONTHS_AFTER and words[0] in DIGITS and DIGITS[words[0]]:
        if len(words) == 1 and words[0] == "năm" and (span or not before or before[0].isdigit() or before in YEAR_AFTER):
            return None  # "tháng năm 2025", "6 tháng năm nay": the year
        if len(words) == 1:
            return str(DIGITS[words[0]])  # "cuối tháng sáu": June
        if (rest := _said(words[1:], "", before)) is not None:
            return f"{DIGITS[words[0]]} {rest}"  # "tháng năm năm hai không hai hai": May 2022
    if words[-1] == "tư" and before in TU_COMPOUNDS:
        return None  # "ba tư pháp" is no 34
    if (number := _cardinal(words)) is not None:
        return str(number)
    if before in MONTHS_AFTER and len(words) == 1 and DIGITS.get(words[0]):
        return str(DIGITS[words[0]])  # "sáu tháng đầu năm": six months
    return None


def digits_for_words(text: str) -> str:
    """``text`` with the numbers said in words written in digits ("năm hai không hai mốt" → "năm 2021")."""
    out, at = [], 0
    for start, end, words in _runs(text):
        previous = text[max(0, start - 12) : start].split()
        following = text[end : end + 12].split()
        after = " ".join(previous[-2:]).lower()
        said = _said(words, after, following[0].lower() if following else "")
        if said is not None:
            out += [text[at:start], said]
            at = end
    return "".join([*out, text[at:]])
