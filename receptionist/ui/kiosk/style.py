"""The kiosk's look on top of the app's (``ui/common/style.py``, same named colours): large
type and targets, scaled with the screen size."""

from __future__ import annotations

from ..common.style import COLORS

_TEMPLATE = """
QWidget#kiosk_window {{ background: {surface_alt}; }}
QWidget {{ font-size: {body}px; color: {ink}; }}
QLabel[role="site"] {{ font-size: {site}px; font-weight: bold; color: {brand}; }}
QLabel[role="title"] {{ font-size: {title}px; font-weight: bold; padding: {pad}px 0; }}
QLabel[role="title_tight"] {{ font-size: {title}px; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {subtitle}px; color: {ink_soft}; }}
QLabel[role="greeting"] {{ font-size: {subtitle}px; color: {go}; font-weight: bold; }}
QLabel[role="caption"] {{ font-size: {body}px; font-weight: bold; }}
QLabel[role="hint"] {{ font-size: {small}px; color: {muted}; }}
QLabel[role="error"] {{ font-size: {body}px; color: {danger}; font-weight: bold; }}
QLabel[role="notice"] {{ font-size: {small}px; background: {surface}; border: 1px solid {line};
    border-radius: 8px; padding: {pad}px; }}
QLabel[role="code"] {{ font-size: {code}px; font-weight: bold; color: {brand};
    letter-spacing: 2px; }}
QLabel[role="code_large"] {{ font-size: {code_large}px; font-weight: bold; color: {warning};
    background: {warning_soft}; border: 3px solid {brand_gold}; border-radius: 12px;
    padding: {pad}px; }}
QLineEdit {{ font-size: {field}px; padding: 6px 12px; border: 2px solid {line_strong};
    border-radius: 8px; background: {surface}; min-height: {target}px; }}
QLineEdit:focus {{ border-color: {accent}; padding: 6px 12px; }}
QLineEdit[role="scan"] {{ border: 2px dashed {line_strong}; background: {surface_alt}; }}
QPushButton {{ font-size: {button}px; min-height: {target}px; border-radius: 10px;
    padding: 8px 24px; border: 2px solid {line_strong}; background: {surface}; color: {ink};
    font-weight: normal; qproperty-iconSize: {icon_wide}px {icon}px; }}
QPushButton:focus {{ border: 2px solid {accent}; padding: 8px 24px; }}
QPushButton:hover {{ background: {accent_softer}; }}
QPushButton[role="primary"] {{ background: {accent}; color: {white}; border-color: {accent_dark};
    font-weight: bold; }}
QPushButton[role="primary"]:focus {{ border-color: {ink}; }}
QPushButton[role="primary"]:hover {{ background: {accent_dark}; }}
QPushButton[role="primary"]:disabled {{ background: {disabled}; border-color: {disabled}; }}
QPushButton[role="purpose"] {{ background: {accent}; color: {white}; font-weight: bold;
    min-height: {purpose}px; font-size: {subtitle}px; border-color: {accent_dark};
    qproperty-iconSize: {icon_large_wide}px {icon_large}px; }}
QPushButton[role="purpose"]:hover {{ background: {accent_dark}; }}
QPushButton[role="department"] {{ min-height: {bar}px; padding: 0 20px; }}
QPushButton[role="department"]:checked {{ background: {accent}; color: {white}; }}
QPushButton[role="key"] {{ font-size: {title}px; min-height: {key}px; }}
QPushButton[role="language"] {{ font-size: {body}px; font-weight: bold; color: {accent};
    min-height: {bar}px; }}
QPushButton[role="bar"] {{ font-size: {body}px; min-height: {bar}px; }}
QPushButton[role="staff"] {{ font-size: {small}px; color: {muted}; border-color: {line};
    min-height: {bar}px; }}
QCheckBox {{ font-size: {subtitle}px; font-weight: bold; spacing: 16px; }}
QCheckBox::indicator {{ width: {box}px; height: {box}px; }}
QListWidget[role="hosts"] {{ font-size: {field}px; background: {surface}; border: 1px solid {line};
    border-radius: 8px; }}
QListWidget[role="hosts"]::item {{ min-height: {target}px; padding: 0 12px;
    border-bottom: 1px solid {line}; }}
QListWidget[role="hosts"]::item:selected {{ background: {accent_soft}; color: {ink}; }}
"""

_SIZES = {
    "body": 20,
    "site": 24,
    "title": 36,
    "subtitle": 24,
    "small": 18,
    "code": 48,  # the slip's long code: V-MMDD-NNNN-XXXXX
    "code_large": 68,
    "field": 26,
    "button": 24,
    "target": 64,
    "purpose": 110,
    "key": 56,
    "box": 40,
    "pad": 10,
    "bar": 52,
    "icon": 26,
    "icon_wide": 38,  # the icon, then a gap before the text (ui/common/icons.py)
    "icon_large": 34,
    "icon_large_wide": 48,
}


def kiosk_style(scale: float) -> str:
    """The style sheet at ``scale`` (1.0 = a 1280 × 800 screen); never below 48 px targets."""
    sizes = {k: max(1, round(v * scale)) for k, v in _SIZES.items()}
    sizes["target"] = max(48, sizes["target"])
    sizes["bar"] = max(48, sizes["bar"])
    return _TEMPLATE.format(**COLORS, **sizes)
