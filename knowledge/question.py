"""A question understood: what it counts (concepts), what kind of figure it wants, which period.

Numbers in a question are slots (a year, a date), never match terms. Abbreviations are
expanded, Telex slips and typos repaired against the fact base's own vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from knowledge.lexicon import Lexicon, load_lexicon
from knowledge.vietnamese import clean, has_diacritics, key, key_words, telex_candidates

MAX_QUESTION_CHARS = 600

YEAR_Q = re.compile(r"(?:năm|nam|n)\s*((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\b")
HALF_Q = re.compile(r"\b(\d{1,2})\s*(?:tháng|thang|t)\s*(?:đầu\s*|dau\s*)?(?:năm|nam)?\s*((?:19|20)\d{2})\b")
DATE_Q = re.compile(r"\b(\d{1,2}/\d{1,2}/(?:19|20)\d{2})\b")


@dataclass(frozen=True)
class Concept:
    """One thing the question names, with the phrases that may stand for it in a report."""

    words: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...]
    known: bool  # found in the fact base's vocabulary (after repair)


@dataclass
class Question:
    """What ``parse`` understood of a question."""

    text: str
    concepts: list[Concept] = field(default_factory=list)
    wants: set[str] = field(default_factory=set)  # percent, share_of_target, target, growth, money, ...
    period: str | None = None  # "2021", "6 tháng 2023", "30/6/2023", "hiện nay", "đầu nhiệm kỳ", "cả nhiệm kỳ"
    units: set[str] = field(default_factory=set)  # canonical units named in the question
    accented: bool = False
    numbers: list[str] = field(default_factory=list)  # other numbers typed (slots)
    problem: str = ""  # empty | too_long | no_text | only_number | greeting


def parse(
    text: str,
    vocabulary: Collection[str],
    repair: Callable[[str], str | None] | None = None,
    lexicon: Lexicon | None = None,
) -> Question:
    """Understand ``text`` against the fact base's vocabulary (matching-form words)."""
    lex = lexicon or load_lexicon()
    q = Question(text=text)
    cleaned = clean(text)
    if len(cleaned) > MAX_QUESTION_CHARS:
        q.problem = "too_long"
        cleaned = cleaned[:MAX_QUESTION_CHARS]
    if not re.search(r"[0-9a-zà-ỹđ]", cleaned):
        q.problem = "no_text"
        return q
    q.accented = has_diacritics(cleaned)
    cleaned = _take_period(q, cleaned)
    tokens = _expand(text, key_words(cleaned), lex, vocabulary)
    tokens = [_repair(t, vocabulary, repair) for t in tokens]
    q.numbers = [t for t in tokens if t[0].isdigit()]
    words_only = [t for t in tokens if not t[0].isdigit()]
    _find_cues(q, words_only, lex)
    q.units = _find_units(words_only, lex)
    content = _drop_stopwords(words_only, lex)
    q.concepts = _concepts(content, lex, vocabulary)
    if not q.concepts and not q.problem:
        q.problem = "greeting" if "greeting" in q.wants else ("only_number" if q.numbers else "no_text")
    return q


def _take_period(q: Question, cleaned: str) -> str:
    """Find the period asked for and remove it from the text."""
    folded = key(cleaned)
    if m := HALF_Q.search(folded):
        q.period = f"{int(m.group(1))} tháng {m.group(2)}"
        return cleaned[: m.start()] + " " + cleaned[m.end() :]
    if m := DATE_Q.search(folded):
        day, month, year = m.group(1).split("/")
        q.period = f"{int(day)}/{int(month)}/{year}"
        return cleaned[: m.start()] + " " + cleaned[m.end() :]
    if m := YEAR_Q.search(folded):
        q.period = m.group(1) or m.group(2)
        return cleaned[: m.start()] + " " + cleaned[m.end() :]
    return cleaned


def _expand(original: str, tokens: list[str], lex: Lexicon, vocabulary: Collection[str]) -> list[str]:
    """Expand abbreviations: always when the word is not a report word, or typed in capitals."""
    capitals = {key(w) for w in re.findall(r"\b[A-ZĐ]{2,}\b", original)}
    out: list[str] = []
    for t in tokens:
        expansion = lex.abbreviations.get(t)
        if expansion and (t not in vocabulary or t in capitals or len(t) == 1):
            out.extend(expansion)
        else:
            out.append(t)
    return out


def _repair(token: str, vocabulary: Collection[str], repair: Callable[[str], str | None] | None) -> str:
    """A word the fact base does not know: undo Telex typing, else the nearest known word."""
    if token in vocabulary or token[0].isdigit() or token == "%":
        return token
    for candidate in telex_candidates(token):
        if key(candidate) in vocabulary:
            return key(candidate)
    fixed = repair(token) if repair else None
    return fixed or token


def _find_cues(q: Question, words: list[str], lex: Lexicon) -> None:
    text = " " + " ".join(words) + " "
    for name, phrases in lex.cues.items():
        if any(" " + " ".join(p) + " " in text for p in phrases):
            q.wants.add(name)
    if "%" in words:
        q.wants.add("percent")
    if "share_of_target" in q.wants:
        q.wants.discard("target")
        q.wants.add("percent")
    for name, period in (("now", "hiện nay"), ("start_of_term", "đầu nhiệm kỳ"), ("whole_term", "cả nhiệm kỳ")):
        if name in q.wants and q.period is None:
            q.period = period


def _find_units(words: list[str], lex: Lexicon) -> set[str]:
    found = set()
    for n in range(4, 0, -1):
        for i in range(len(words) - n + 1):
            unit = lex.units.get(tuple(words[i : i + n]))
            if unit and unit not in ("năm", "tháng", "ngày", "%", "đồng", "cấp", "tổ", "đoàn", "lần"):
                found.add(unit)
    return found


def _drop_stopwords(words: list[str], lex: Lexicon) -> list[str | None]:
    """Stop words become ``None`` so that phrases do not form across them."""
    out: list[str | None] = list(words)
    cue_words = {w for name in ("now", "start_of_term", "whole_term", "greeting") for p in lex.cues[name] for w in p}
    for n in range(4, 0, -1):
        for i in range(len(out) - n + 1):
            window = out[i : i + n]
            if None in window:
                continue
            if tuple(window) in lex.stopwords:  # type: ignore[arg-type]
                out[i : i + n] = [None] * n
    return [None if w in cue_words else w for w in out]


def _concepts(content: list[str | None], lex: Lexicon, vocabulary: Collection[str]) -> list[Concept]:
    """Greedy longest lexicon phrase, else a known two-word phrase, else a single word."""
    concepts: list[Concept] = []
    i = 0
    longest = lex.longest_phrase
    while i < len(content):
        word = content[i]
        if word is None:
            i += 1
            continue
        taken = 1
        for n in range(min(longest, len(content) - i), 1, -1):
            window = content[i : i + n]
            if None not in window and tuple(window) in lex.synonyms:  # type: ignore[arg-type]
                taken = n
                break
        else:
            nxt = content[i + 1] if i + 1 < len(content) else None
            if nxt is not None and f"{word} {nxt}" in vocabulary:
                taken = 2
        words = tuple(w for w in content[i : i + taken] if w is not None)
        alternatives = (words, *lex.synonyms.get(words, ()))
        known = all(w in vocabulary for w in words)
        concepts.append(Concept(words, alternatives, known))
        i += taken
    return concepts
