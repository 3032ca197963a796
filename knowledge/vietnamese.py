"""Vietnamese text normalization: NFC, casefold, tone-mark placement, folded form, Telex/VNI slips."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Old-style tone placement → the form used in the report's body ("hoà" → "hòa", "thuỷ" → "thủy").
_TONE_VARIANTS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ủy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile("(?<!q)(?:" + "|".join(map(re.escape, _TONE_VARIANTS)) + r")(?![a-zà-ỹđ])")
_TONE_FIX = {"uỳ": "ùy"}

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_WORD_RE = re.compile(r"[0-9a-zà-ỹđ]+(?:[.,][0-9]+)*|%", re.IGNORECASE)

# Telex: a trailing tone key on a plain-letter word ("dangr", "luaatj", "vieen").
_TELEX_TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_VNI_TONES = {"1": "\u0301", "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": "\u0323"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """NFC, casefold, modern tone placement, control characters dropped, spaces collapsed."""
    text = _CONTROL_RE.sub(" ", nfc(text).casefold())
    text = _TONE_RE.sub(lambda m: _TONE_FIX.get(m.group(0), _TONE_VARIANTS[m.group(0)]), text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case text without diacritics; ``đ`` → ``d`` by hand (NFD leaves it)."""
    text = clean(text).replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def words(text: str) -> list[str]:
    """Words (syllables) of cleaned text, numbers kept whole ("7.261", "41,47")."""
    return _WORD_RE.findall(clean(text))


# a figure glued to a class it names, not a quantity: "trạm 110kV", "sóng 5G", "in 3D"
_CODE_RE = re.compile(r"[0-9]+(?:kv|g|d)")


def is_number(word: str) -> bool:
    """A word that is a figure ("7.261", "6t" typed for six months), not a code naming a class ("5g", "110kv")."""
    return word[:1].isdigit() and not _CODE_RE.fullmatch(word)


@lru_cache(maxsize=65536)
def has_diacritics(text: str) -> bool:
    return fold(text) != clean(text)


def has_marks(word: str) -> bool:
    """Typed with a tone or a vowel mark ("trác", "vê"); "đ" alone is no mark (a hurried "đv" is plain)."""
    return has_diacritics(clean(word).replace("đ", "d"))


def _apply_telex(word: str) -> str:
    """Undo one Telex-typed syllable: "dangr" → "dảng", "vieen" → "viên", "ddaor" → "đảo"."""
    tone = ""
    if len(word) > 2 and word[-1] in _TELEX_TONES and any(v in word[:-1] for v in "aeiouy"):
        tone, word = _TELEX_TONES[word[-1]], word[:-1]
    elif len(word) > 2 and word[-1] in _VNI_TONES:
        tone, word = _VNI_TONES[word[-1]], word[:-1]
    word = word.replace("dd", "đ")
    for double, single in (("aa", "â"), ("ee", "ê"), ("oo", "ô"), ("aw", "ă"), ("ow", "ơ"), ("uw", "ư"), ("w", "ư")):
        word = word.replace(double, single)
    if not tone:
        return word
    # put the tone on the main vowel: the last of a vowel pair unless the word ends with it
    vowels = [i for i, ch in enumerate(word) if fold(ch) in "aeiouy"]
    if not vowels:
        return word
    marked = [i for i in vowels if word[i] in "âêôăơư"]
    pos = marked[-1] if marked else (vowels[-1] if len(vowels) == 1 or vowels[-1] < len(word) - 1 else vowels[-2])
    return nfc(word[: pos + 1] + tone + word[pos + 1 :])


def telex_candidates(word: str) -> list[str]:
    """Plausible intended words for a Telex/VNI-typed ``word`` (empty when it looks ordinary)."""
    if not re.fullmatch(r"[a-z]+[sfrxj1-5]?", word):
        return []
    if not (re.search(r"(aa|ee|oo|dd|aw|ow|uw)", word) or (len(word) > 2 and word[-1] in "sfrxj12345")):
        return []
    fixed = _apply_telex(word)
    return [fixed] if fixed != word else []


_Y_AS_I = re.compile(r"(?<=[bcdghklmnpqrstvx])y\b")


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The matching form: folded, and a syllable-final "y" after a consonant read as "i" (tỷ/tỉ, kỷ/kỉ)."""
    return _Y_AS_I.sub("i", fold(text))


def key_words(text: str) -> list[str]:
    """Words of the matching form; numbers kept whole, "%" kept."""
    return _WORD_RE.findall(key(text))


_DOUBLED = (("aa", "a"), ("ee", "e"), ("oo", "o"), ("dd", "d"), ("aw", "a"), ("ow", "o"), ("uw", "u"))


@lru_cache(maxsize=16384)
def typing_slips(word: str) -> tuple[str, ...]:
    """Matching forms a Telex/VNI-typed or slipped word may stand for: "tracsh" → "trach", "dangr" → "dang".

    Tone keys (s f r x j, or VNI digits) may stand anywhere after the first letter; doubled letters
    mark circumflexes ("vieen") and "w" a horn or breve. The forms are folded, so tones do not matter.
    """
    if re.fullmatch(r"[a-z][a-z1-9]*", word) and re.search(r"[1-9](?:[a-z]|[1-9])", word):
        return (key(re.sub(r"[1-9]", "", word)),)  # VNI marks inside the word: "ke61t" is "kết", "na5p" "nạp"
    if not re.fullmatch(r"[a-z]+[0-9]?", word) or len(word) < 2:
        return ()
    base = re.sub(r"[1-5]$", "", word)
    undoubled = base
    for double, single in _DOUBLED:
        undoubled = undoubled.replace(double, single)
    # a "w" typed after the vowel it marks ("loiwj" is "lợi", "nguoiwf" "người"), else it is "ư" itself ("tw")
    unmarked = re.sub(r"(?<=[aou][a-z])w|(?<=[aou][a-z][a-z])w", "", undoubled) if "w" in undoubled else undoubled
    undoubled = re.sub(r"(?<=[a-z])w", "u", undoubled)
    out: list[str] = []
    for cand in dict.fromkeys((unmarked, undoubled, base)):
        for i in range(1, len(cand)):
            if cand[i] in "sfrxj" and i > 0:
                out.append(cand[:i] + cand[i + 1 :])
        out.append(cand)
    return tuple(key(c) for c in dict.fromkeys(out) if c != word)


_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_VOWELS = (
    r"(?:uye|uya|uyu|ieu|yeu|oai|oay|oeo|uai|uay|uoi|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy"
    r"|ya|ye|a|e|i|o|u|y)"
)
_ONSET_RE = re.compile(_ONSET)


def syllable_onset(word: str) -> str:
    """The consonants a folded syllable opens with ("trach" → "tr", "nghia" → "ngh", "an" → "")."""
    m = _ONSET_RE.match(word)
    return m.group(0) if m else ""


_SYLLABLE_RE = re.compile(f"^{_ONSET}{_VOWELS}(?:ch|nh|ng|[cmnpt])?$")


@lru_cache(maxsize=16384)
def is_syllable(word: str) -> bool:
    """Whether a folded word can be one Vietnamese syllable ("dnag", "vein", "hag" cannot)."""
    return bool(_SYLLABLE_RE.match(key(word)))


_TONE_MARKS = {"\u0301": "sắc", "\u0300": "huyền", "\u0309": "hỏi", "\u0303": "ngã", "\u0323": "nặng"}


def tone(word: str) -> str | None:
    """The tone mark of a word as typed ("mới" → sắc, "mỗi" → ngã), None when it has none ("đươc")."""
    marks = [_TONE_MARKS[ch] for ch in unicodedata.normalize("NFD", word) if ch in _TONE_MARKS]
    return marks[0] if marks else None


def letters(word: str) -> str:
    """A word's letters without its tone ("dưới" → "dươi", "đuổi" → "duôi"; "đ" taken as "d", the slip of a
    hurried hand): two words of other letters are other words, whatever tone was typed."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", word.casefold()) if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", bare).replace("đ", "d")
