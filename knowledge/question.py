"""A question understood: what it counts (concepts), what kind of figure it wants, which period.

Numbers in a question are slots (a year, a date), never match terms. Abbreviations are
expanded, Telex slips and typos repaired against the fact base's own vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from knowledge.lexicon import Lexicon, load_lexicon
from knowledge.vietnamese import clean, has_diacritics, key, telex_candidates, words

MAX_QUESTION_CHARS = 600
# Units that, named in a question, do not say what is counted ("chỉ tiêu nghị quyết", "doanh nghiệp").
NOT_ASKED_UNITS = frozenset({
    "năm", "tháng", "ngày", "%", "đồng", "cấp", "tổ", "đoàn", "lần", "chỉ tiêu", "nghị quyết", "doanh nghiệp",
    "cơ quan", "đơn vị", "hội nghị", "văn bản", "tỷ đồng", "triệu đồng", "nghìn đồng", "lao động", "người",
})

YEAR_Q = re.compile(r"(?:năm|nam|n)\s*((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\b")
HALF_Q = re.compile(r"\b(\d{1,2})\s*(?:tháng|thang|t)\s*(?:đầu\s*|dau\s*)?(?:năm|nam)?\s*((?:19|20)\d{2})\b")
DATE_Q = re.compile(r"\b(\d{1,2}/\d{1,2}/(?:19|20)\d{2})\b")


@dataclass(frozen=True)
class Concept:
    """One thing the question names, with the phrases that may stand for it in a report."""

    words: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...]
    known: bool  # found in the fact base's vocabulary (after repair)
    soft: bool = False  # names the reporting body itself ("khối", "đảng bộ"): counts little
    typed: tuple[str, ...] = ()  # the words as typed (with or without diacritics)
    adjacent: bool = False  # follows the previous concept directly in the question


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
    soft_words: Collection[str] = (),
    pair_strength: Callable[[str], float] | None = None,
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
    pairs = _expand(text, words(cleaned), lex, vocabulary)
    pairs = [(_repair(k, vocabulary, repair), plain) for k, plain in pairs]
    q.numbers = [k for k, _ in pairs if k[0].isdigit()]
    pairs = [(k, plain) for k, plain in pairs if not k[0].isdigit()]
    keys = [k for k, _ in pairs]
    _find_cues(q, keys, lex)
    q.units = _find_units(keys, lex)
    content = _drop_stopwords(pairs, lex)
    q.concepts = _concepts(content, lex, vocabulary, set(soft_words), pair_strength)
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


def _expand(
    original: str, plain_words: list[str], lex: Lexicon, vocabulary: Collection[str]
) -> list[tuple[str, str]]:
    """(matching form, as typed) per word; abbreviations expanded when not a report word or in capitals."""
    capitals = {key(w) for w in re.findall(r"\b[A-ZĐ]{2,}\b", original)}
    out: list[tuple[str, str]] = []
    for plain in plain_words:
        k = key(plain)
        expansion = lex.abbreviations.get(k)
        if expansion and (k not in vocabulary or k in capitals or plain == "%"):
            out.extend((key(w), w) for w in expansion)
        else:
            out.append((k, plain))
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
            if unit and unit not in NOT_ASKED_UNITS:
                found.add(unit)
    return found


def _drop_stopwords(pairs: list[tuple[str, str]], lex: Lexicon) -> list[tuple[str, str] | None]:
    """Stop words become ``None`` so that phrases do not form across them.

    A word typed with diacritics is compared as typed ("có" is a stop word, "cơ" is not);
    one typed without is compared folded, unless it belongs to a unit or lexicon phrase
    ("co so" in "so co so hoi" is "cơ sở").
    """
    keys = [k for k, _ in pairs]
    protected = [False] * len(keys)
    known_phrases = set(lex.units) | set(lex.synonyms)
    for n in range(lex.longest_phrase, 1, -1):
        for i in range(len(keys) - n + 1):
            if tuple(keys[i : i + n]) in known_phrases:
                protected[i : i + n] = [True] * n
    out: list[str | None] = list(keys)
    for n in range(4, 0, -1):
        for i in range(len(out) - n + 1):
            if None in out[i : i + n]:
                continue
            plain = tuple(p for _, p in pairs[i : i + n])
            accented = any(has_diacritics(p) for p in plain)
            if all(protected[i : i + n]):
                hit = False
            elif accented:
                hit = plain in lex.stopwords_accented
            else:
                hit = tuple(keys[i : i + n]) in lex.stopwords
            if hit:
                out[i : i + n] = [None] * n
    cue_words = {w for name in ("now", "start_of_term", "whole_term", "greeting") for p in lex.cues[name] for w in p}
    return [
        None if w is None or (w in cue_words and not protected[i]) else pairs[i] for i, w in enumerate(out)
    ]


def _pairing(content: list[str | None], pair_strength: Callable[[str], float]) -> set[int]:
    """Positions that start a two-word phrase: the pairing with the strongest collocations (DP)."""
    n = len(content)
    best = [0.0] * (n + 2)
    take = [False] * (n + 1)
    for i in range(n - 1, -1, -1):
        best[i] = best[i + 1]
        if i + 1 < n and content[i] is not None and content[i + 1] is not None:
            gain = pair_strength(f"{content[i]} {content[i + 1]}")
            if gain > 0 and gain + best[i + 2] > best[i]:
                best[i], take[i] = gain + best[i + 2], True
    starts: set[int] = set()
    i = 0
    while i < n:
        if take[i]:
            starts.add(i)
            i += 2
        else:
            i += 1
    return starts


def _concepts(
    tokens: list[tuple[str, str] | None],
    lex: Lexicon,
    vocabulary: Collection[str],
    soft_words: set[str],
    pair_strength: Callable[[str], float] | None = None,
) -> list[Concept]:
    """Greedy longest lexicon phrase, else a known two-word phrase, else a single word."""
    concepts: list[Concept] = []
    content = [t[0] if t else None for t in tokens]
    pairs = _pairing(content, pair_strength) if pair_strength else set()
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
            taken = 2 if i in pairs else 1
        found = tuple(w for w in content[i : i + taken] if w is not None)
        alternatives = (found, *lex.synonyms.get(found, ()))
        known = all(w in vocabulary for w in found)
        soft = all(w in soft_words for w in found)
        typed = tuple(t[1] for t in tokens[i : i + taken] if t is not None)
        adjacent = i > 0 and content[i - 1] is not None
        concepts.append(Concept(found, alternatives, known, soft, typed, adjacent))
        i += taken
    return concepts
