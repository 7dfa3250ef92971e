"""The bundled CJK font: one TrueType-outline font for Chinese and Latin text.

WenQuanYi Micro Hei (Apache-2.0 or GPL-3+ with font exception, licence text next to the
file) is embedded in every PDF as a subset, so a slip reads the same on a computer with no
Chinese fonts. Qt registers the same file (``QFontDatabase.addApplicationFont``) and reports
the family ``FONT_FAMILY``; reportlab registers it under that same name so the SVG pages'
``font-family`` resolves in Qt as well.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_FAMILY = "WenQuanYi Micro Hei"
_FONT_FILE = "wqy-microhei.ttc"
_lock = threading.Lock()


def font_path() -> Path:
    """The bundled TrueType CJK font file (a .ttc; face 0 is the proportional one)."""
    return Path(__file__).resolve().parent.parent / "resources" / "fonts" / _FONT_FILE


def register_font() -> str:
    """Register the bundled font with reportlab once; return its reportlab font name."""
    with _lock:
        if FONT_FAMILY not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT_FAMILY, str(font_path()), subfontIndex=0))
    return FONT_FAMILY


def text_width(text: str, size: float) -> float:
    """Width in points of ``text`` set in the bundled font at ``size``."""
    return pdfmetrics.stringWidth(text, register_font(), size)


def ascent(size: float) -> float:
    """Distance from the baseline to the top of the tallest glyphs at ``size``."""
    return pdfmetrics.getAscent(register_font(), size)


def descent(size: float) -> float:
    """Distance (positive) from the baseline to the bottom of descenders at ``size``."""
    return -pdfmetrics.getDescent(register_font(), size)
