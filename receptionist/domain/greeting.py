"""What the kiosk may say to a returning visitor: their surname and title, nothing else."""

from __future__ import annotations

import unicodedata

# Two-character Chinese surnames (the common ones); every other Chinese name starts with a
# one-character surname.
COMPOUND_SURNAMES = frozenset(
    (
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "百里",
        "呼延",
        "东郭",
        "钟离",
        "澹台",
        "公冶",
        "太史",
        "申屠",
        "闻人",
        "万俟",
        "赫连",
    )
)


def _is_cjk(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK")


def surname(name: str) -> str:
    """The family name in ``name``: the first one or two characters of a Chinese name, the
    last word of a Latin one ("Emily Zhang" → "Zhang")."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    if not text:
        return ""
    if _is_cjk(text[0]):
        return text[:2] if text[:2] in COMPOUND_SURNAMES else text[0]
    return text.split()[-1]
