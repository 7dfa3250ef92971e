"""How customers are found: the index terms a record gets and the plan for a query.

Search must answer from an index at a million customers, including 1-2 character Chinese
names, pinyin initials and the last four digits of a phone. A customer therefore gets a
set of *terms*, each stored as one row of an indexed table, and a query is turned into
one exact term (or a phone prefix range, or a visit code):

- Chinese characters: every substring of 1 to ``CJK_GRAM`` characters (a 3-character
  name gives 6 terms), so any part of a Chinese name or company is one lookup;
- Latin words: every prefix of each word, up to ``WORD_PREFIX`` letters;
- pinyin of Chinese names: prefixes of the initials (``zs`` for 张三) and of the full
  pinyin of the whole name (``zha``, ``zhangsan``).

A query longer than a stored term is looked up by its most specific term and the rest is
checked on the candidates (``matches``).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from .visit_code import parse_visit_code

CJK_GRAM = 3
WORD_PREFIX = 12
PINYIN_PREFIX = 16

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUNS = re.compile(rf"[{_CJK}]+|[^\s{_CJK}]+")
_IS_CJK = re.compile(rf"^[{_CJK}]+$")
_PHONEISH = re.compile(r"^\+?[\d\s\-()]+$")


def normalise(text: str) -> str:
    """Fold width and case so that ＺＳ, Zs and zs are the same query; drop what is not
    valid text (lone surrogates: nothing stored can contain them)."""
    text = (text or "").encode("utf-8", "ignore").decode("utf-8")
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _runs(text: str) -> list[str]:
    return _RUNS.findall(normalise(text))


def _cjk_grams(run: str) -> set[str]:
    grams = set()
    for size in range(1, CJK_GRAM + 1):
        for start in range(0, len(run) - size + 1):
            grams.add(run[start : start + size])
    return grams


def _prefixes(word: str, shortest: int, longest: int) -> set[str]:
    return {word[:n] for n in range(shortest, min(len(word), longest) + 1)}


def text_terms(text: str) -> set[str]:
    """Terms for free text (a name or a company): CJK n-grams and Latin word prefixes."""
    terms: set[str] = set()
    for run in _runs(text):
        if _IS_CJK.match(run):
            terms |= _cjk_grams(run)
        else:
            word = re.sub(r"[^\w]", "", run)
            if word:
                terms |= _prefixes(word, 1, WORD_PREFIX)
    return terms


@cache
def _pypinyin():
    """pypinyin, imported on first use (docs/performance.md): loading its dictionaries
    takes ~120 ms and 50 MB, and searching as one types never needs them (registering,
    renaming and multi-word queries do), so the desk starts without them.

    The dictionaries are ~150,000 small lists that live as long as the process; frozen
    (``gc.freeze``), every later full garbage collection skips them instead of walking
    them: 40-60 ms pauses in the middle of a print or a check-in otherwise."""
    from pypinyin import Style, lazy_pinyin

    gc.freeze()
    return Style, lazy_pinyin


def pinyin_syllables(name: str) -> list[str]:
    """Pinyin syllables of the Chinese characters of a name (other characters dropped)."""
    han = "".join(run for run in _runs(name) if _IS_CJK.match(run))
    if not han:
        return []
    Style, lazy_pinyin = _pypinyin()
    return [s for s in lazy_pinyin(han, style=Style.NORMAL, errors="ignore") if s.isalpha()]


def name_terms(name: str) -> set[str]:
    """All terms for a customer name, pinyin included."""
    terms = text_terms(name)
    syllables = pinyin_syllables(name)
    if syllables:
        initials = "".join(s[0] for s in syllables)
        terms |= _prefixes(initials, 2, PINYIN_PREFIX)
        terms |= _prefixes("".join(syllables), 2, PINYIN_PREFIX)
    return terms


def haystack(name: str, company: str) -> str:
    """What a multi-word query is checked against once candidates are found."""
    syllables = pinyin_syllables(name)
    parts = [
        normalise(name),
        normalise(company),
        "".join(syllables),
        "".join(s[0] for s in syllables),
    ]
    return " ".join(p for p in parts if p)


class QueryKind(StrEnum):
    EMPTY = "empty"
    VISIT_CODE = "visit_code"
    PHONE = "phone"
    TEXT = "text"


@dataclass(frozen=True)
class SearchPlan:
    """What the store should look up for a query.

    ``term`` is the indexed term to look up (TEXT), ``digits`` the phone digits (PHONE),
    ``code`` the canonical visit code. ``rest`` are the parts of the query that the
    candidates must also contain (checked with ``matches``).
    """

    kind: QueryKind
    term: str = ""
    digits: str = ""
    code: str = ""
    rest: tuple[str, ...] = ()

    @property
    def exact(self) -> bool:
        return not self.rest


def _anchor(part: str) -> str:
    if _IS_CJK.match(part):
        return part[:CJK_GRAM]
    return re.sub(r"[^\w]", "", part)[:WORD_PREFIX]


def plan_query(text: str) -> SearchPlan:
    """Turn what was typed into a lookup that an index can answer."""
    # Full-width digits and signs come from Chinese input methods: ＶＩＰ, １３８, －.
    raw = unicodedata.normalize("NFKC", text or "").strip()
    if not raw:
        return SearchPlan(QueryKind.EMPTY)
    code = parse_visit_code(raw)
    if code and re.match(r"^\s*[Vv]", raw):
        return SearchPlan(QueryKind.VISIT_CODE, code=code)
    if _PHONEISH.match(raw) and sum(c.isdigit() for c in raw) >= 3:
        digits = re.sub(r"\D", "", raw)
        if raw.startswith("+86"):
            digits = digits[2:]
            # Stored mainland landlines keep their trunk 0 (010..., 0755...); mobiles
            # start with 1[3-9], Beijing's area code is 10.
            if digits and (digits[0] != "1" or digits.startswith("10")):
                digits = "0" + digits
        return SearchPlan(QueryKind.PHONE, digits=digits, code=code or "")
    parts = [p for p in _runs(raw) if _anchor(p)]
    if not parts:
        return SearchPlan(QueryKind.EMPTY)
    # The longest part is the most selective index term; the others are checked after.
    anchor_part = max(parts, key=lambda p: (len(_anchor(p)), _IS_CJK.match(p) is not None))
    term = _anchor(anchor_part)
    rest = [p for p in parts if p is not anchor_part]
    if len(anchor_part) > len(term):
        rest.append(anchor_part)
    return SearchPlan(QueryKind.TEXT, term=term, rest=tuple(rest))


def matches(plan: SearchPlan, name: str, company: str) -> bool:
    """Whether a candidate found by ``plan.term`` also contains the rest of the query."""
    if plan.exact:
        return True
    hay = haystack(name, company)
    return all(normalise(part) in hay for part in plan.rest)
