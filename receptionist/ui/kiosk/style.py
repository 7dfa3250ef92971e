"""The kiosk's look: large type and targets, scaled with the screen size."""

from __future__ import annotations

_TEMPLATE = """
QWidget#kiosk_window {{ background: #f8fafc; }}
QWidget {{ font-size: {body}px; color: #111827; }}
QLabel[role="site"] {{ font-size: {site}px; font-weight: bold; color: #1e3a8a; }}
QLabel[role="title"] {{ font-size: {title}px; font-weight: bold; padding: {pad}px 0; }}
QLabel[role="title_tight"] {{ font-size: {title}px; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {subtitle}px; color: #374151; }}
QLabel[role="greeting"] {{ font-size: {subtitle}px; color: #15803d; font-weight: bold; }}
QLabel[role="caption"] {{ font-size: {body}px; font-weight: bold; }}
QLabel[role="hint"] {{ font-size: {small}px; color: #4b5563; }}
QLabel[role="error"] {{ font-size: {body}px; color: #b91c1c; font-weight: bold; }}
QLabel[role="notice"] {{ font-size: {small}px; background: white; border: 1px solid #d1d5db;
    border-radius: 8px; padding: {pad}px; }}
QLabel[role="code"] {{ font-size: {code}px; font-weight: bold; color: #1e3a8a;
    letter-spacing: 2px; }}
QLabel[role="code_large"] {{ font-size: {code_large}px; font-weight: bold; color: #b45309;
    background: #fffbeb; border: 3px solid #f59e0b; border-radius: 12px; padding: {pad}px; }}
QLineEdit {{ font-size: {field}px; padding: 6px 12px; border: 2px solid #9ca3af;
    border-radius: 8px; background: white; min-height: {target}px; }}
QLineEdit:focus {{ border-color: #1d4ed8; }}
QLineEdit[role="scan"] {{ border: 2px dashed #9ca3af; background: #f8fafc; }}
QPushButton {{ font-size: {button}px; min-height: {target}px; border-radius: 10px;
    padding: 8px 24px; border: 2px solid #9ca3af; background: white; }}
QPushButton[role="primary"] {{ background: #1d4ed8; color: white; border-color: #1e3a8a;
    font-weight: bold; }}
QPushButton[role="primary"]:disabled {{ background: #9ca3af; border-color: #9ca3af; }}
QPushButton[role="purpose"] {{ background: #1d4ed8; color: white; font-weight: bold;
    min-height: {purpose}px; font-size: {subtitle}px; }}
QPushButton[role="department"] {{ min-height: {bar}px; padding: 0 20px; }}
QPushButton[role="department"]:checked {{ background: #1d4ed8; color: white; }}
QPushButton[role="key"] {{ font-size: {title}px; min-height: {key}px; }}
QPushButton[role="language"] {{ font-size: {body}px; font-weight: bold; color: #1d4ed8;
    min-height: {bar}px; }}
QPushButton[role="bar"] {{ font-size: {body}px; min-height: {bar}px; }}
QPushButton[role="staff"] {{ font-size: {small}px; color: #6b7280; border-color: #e5e7eb;
    min-height: {bar}px; }}
QCheckBox {{ font-size: {subtitle}px; font-weight: bold; spacing: 16px; }}
QCheckBox::indicator {{ width: {box}px; height: {box}px; }}
QListWidget[role="hosts"] {{ font-size: {field}px; background: white; border: 1px solid #d1d5db;
    border-radius: 8px; }}
QListWidget[role="hosts"]::item {{ min-height: {target}px; padding: 0 12px;
    border-bottom: 1px solid #e5e7eb; }}
QListWidget[role="hosts"]::item:selected {{ background: #dbeafe; color: #111827; }}
"""

_SIZES = {
    "body": 20,
    "site": 24,
    "title": 36,
    "subtitle": 24,
    "small": 18,
    "code": 56,
    "code_large": 88,
    "field": 26,
    "button": 24,
    "target": 64,
    "purpose": 110,
    "key": 56,
    "box": 40,
    "pad": 10,
    "bar": 52,
}


def kiosk_style(scale: float) -> str:
    """The style sheet at ``scale`` (1.0 = a 1280 × 800 screen); never below 48 px targets."""
    sizes = {k: max(1, round(v * scale)) for k, v in _SIZES.items()}
    sizes["target"] = max(48, sizes["target"])
    sizes["bar"] = max(48, sizes["bar"])
    return _TEMPLATE.format(**sizes)
