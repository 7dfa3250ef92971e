"""When two customer records are probably one person (duplicate candidates).

Three rules, each a *key*: records sharing a key are candidates, so finding them is one
pass that groups records by key (never a comparison of every pair):

- ``SAME_PHONE``: the same digits a person types for the phone (``Phone.search``) on two
  records. Phones are stored E.164 and unique, so this finds what normalisation still
  lets through: one national number read under two country codes, e.g. a mainland mobile
  ``131 2555 0143`` and the same digits typed with a ``+`` in front (read as the US
  number ``+1 312-555-0143``).
- ``SAME_NAME_COMPANY``: the same name and the same company, ignoring case, width and
  spaces ("ＡＢＣ Ltd" = "abc ltd").
- ``SIMILAR_NAME_PHONE``: names that read the same (same characters, or the same pinyin:
  张伟 = 章伟 = "Zhang Wei") and phones that look alike: the same last four digits, or the
  same length with one digit different.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from enum import StrEnum
from functools import cache

from .search import normalise, pinyin_syllables

_SPACES = re.compile(r"\s+")
_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


class Reason(StrEnum):
    SAME_PHONE = "same_phone"
    SAME_NAME_COMPANY = "same_name_company"
    SIMILAR_NAME_PHONE = "similar_name_phone"


def fold(text: str) -> str:
    """``text`` without case, width or spaces: the form two spellings are compared in."""
    if text.isascii():  # most names and companies: no width to fold (5x faster)
        return "".join(text.lower().split())
    if unicodedata.is_normalized("NFKC", text):  # no full-width letters: casefold only
        return "".join(text.casefold().split())
    return _SPACES.sub("", normalise(text))


@cache
def _char_sound(char: str) -> str:
    """How one (folded) character reads: a Chinese character's usual reading without tone,
    nothing for a space, any other character itself (cached: a site's names use a few
    thousand characters)."""
    if char.isspace():
        return ""
    if _CJK_CHAR.match(char):
        syllables = pinyin_syllables(char)
        return syllables[0] if syllables else char
    return char


def sound(name: str) -> str:
    """How a name reads: its Chinese characters as pinyin (each character's usual reading),
    the rest folded, no spaces ("张伟", "章伟" and "Zhang Wei" all read ``zhangwei``)."""
    if name.isascii():
        return "".join(name.lower().split())
    return "".join(map(_char_sound, normalise(name)))


def phone_keys(digits: str) -> Iterator[tuple[str, str]]:
    """Keys two similar phones share at least one of: the last four digits; and, for one
    digit different, the first or the second half (the changed digit is in the other)."""
    yield "last4", digits[-4:]
    half = len(digits) // 2
    yield "head", f"{len(digits)}:{digits[:half]}"
    yield "tail", f"{len(digits)}:{digits[half:]}"


def phones_similar(a: str, b: str) -> bool:
    """Two different phones' digits with the same last four, or one digit apart."""
    if a == b:
        return False
    if a[-4:] == b[-4:]:
        return True
    if len(a) != len(b):
        return False
    half = len(a) // 2  # one digit apart: one half the same, the other one digit off
    if a[:half] == b[:half]:
        return _one_apart(a[half:], b[half:])
    return a[half:] == b[half:] and _one_apart(a[:half], b[:half])


def _one_apart(a: str, b: str) -> bool:
    return sum(map(str.__ne__, a, b)) == 1


class Pairs:
    """Candidate pairs found so far, each (lower id, higher id) with its reasons."""

    def __init__(self) -> None:
        self.reasons: dict[tuple[int, int], set[Reason]] = {}

    def add(self, a: int, b: int, reason: Reason) -> None:
        if a != b:
            self.reasons.setdefault((min(a, b), max(a, b)), set()).add(reason)

    def add_group(self, ids: Iterable[int], reason: Reason) -> None:
        """Every pair of a group sharing a key (groups are small: a key is specific)."""
        members = sorted(set(ids))
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                self.add(a, b, reason)

    def ordered(self) -> list[tuple[int, int, tuple[Reason, ...]]]:
        """Pairs with more reasons first, then the oldest records first."""
        found = [(a, b, tuple(sorted(r))) for (a, b), r in self.reasons.items()]
        found.sort(key=lambda p: (-len(p[2]), p[0], p[1]))
        return found


def similar_phone_pairs(people: Iterable[tuple[int, str, str]]) -> Iterator[tuple[int, int]]:
    """Pairs of (id, name, phone digits) whose names read the same and whose phones are
    similar: grouped by sound, then within a sound by phone key, so only records sharing
    both are compared."""
    by_sound: dict[str, list[tuple[int, str]]] = {}
    heard_as: dict[str, str] = {}  # a name's sound, once per distinct name
    for person_id, name, digits in people:
        heard = heard_as.get(name)
        if heard is None:
            heard = heard_as[name] = sound(name)
        if heard and digits:
            by_sound.setdefault(heard, []).append((person_id, digits))
    for members in by_sound.values():
        if len(members) < 2:
            continue
        if len(members) <= _SMALL_GROUP:  # most sounds: fewer comparisons than keys
            yield from _similar_within(members)
            continue
        by_key: dict[tuple[str, str], list[tuple[int, str]]] = {}
        for person_id, digits in members:
            for key in phone_keys(digits):
                by_key.setdefault(key, []).append((person_id, digits))
        found: set[tuple[int, int]] = set()  # a pair can share two keys
        for group in by_key.values():
            for pair in _similar_within(group):
                if pair not in found:
                    found.add(pair)
                    yield pair


_SMALL_GROUP = 12


def _similar_within(group: list[tuple[int, str]]) -> Iterator[tuple[int, int]]:
    for i, (a, phone_a) in enumerate(group):
        for b, phone_b in group[i + 1 :]:
            if phones_similar(phone_a, phone_b):
                yield a, b
