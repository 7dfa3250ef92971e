"""The app's own look, shared by the desk and the kiosk: named colours, one palette, one
style sheet, the Fusion style (the same on Windows, macOS and Linux) and the app icon.

``apply_look(app)`` sets them once for the whole application. Widgets opt into a look
with a ``role`` property (``QLabel[role="heading"]``, ``QPushButton[role="primary"]``…):
the names are part of the code's vocabulary and stay stable. The kiosk adds its large type
on top (``ui/kiosk/style.py``) with the same colours. Sizes are in logical pixels, so the
look scales with the screen's device pixel ratio (crisp at 200 %).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Named colours: calm surfaces, dark ink, one brand navy (the app icon's tile), a blue for
# what is chosen, green for the one action that checks a visitor in, red for errors.
COLORS: dict[str, str] = {
    "canvas": "#eef2f7",  # window background
    "surface": "#ffffff",  # cards, lists, fields
    "surface_alt": "#f8fafc",  # table headers, alternate rows
    "line": "#d5dde8",
    "line_strong": "#8391a7",  # field borders (3.2:1 on white)
    "ink": "#0f172a",  # text
    "ink_soft": "#334155",  # icons, secondary text
    "muted": "#5b6b80",  # hints (4.9:1 on the canvas)
    "disabled": "#94a3b8",
    "brand": "#1e3a8a",  # navy: headings, the site name
    "brand_gold": "#f5b82e",
    "accent": "#1d4ed8",  # chosen purpose, focus, links
    "accent_dark": "#1e3a8a",
    "accent_soft": "#dbeafe",  # selection, hover
    "accent_softer": "#eff6ff",
    "go": "#15803d",  # check in
    "go_dark": "#166534",
    "danger": "#b91c1c",
    "warning": "#b45309",
    "warning_soft": "#fffbeb",
    "white": "#ffffff",
}

# Type sizes of the desk (px); the kiosk has its own, larger ones.
SIZES: dict[str, int] = {
    "heading": 17,
    "customer_name": 24,
    "site": 17,
    "purpose": 14,
    "primary": 17,
    "stat": 26,
    "prompt": 20,
}

_SHEET = """
QMainWindow, QDialog {{ background: {canvas}; }}
QToolTip {{ color: {ink}; background: {surface}; border: 1px solid {line_strong};
    padding: 4px 6px; }}

QToolBar#desk_toolbar {{ background: {surface}; border: none;
    border-bottom: 1px solid {line}; padding: 4px 8px; spacing: 2px;
    qproperty-toolButtonStyle: ToolButtonTextBesideIcon; qproperty-iconSize: 20px 20px; }}
QToolBar QToolButton {{ color: {ink}; padding: 5px 9px; border: 1px solid transparent;
    border-radius: 6px; }}
QToolBar QToolButton:hover {{ background: {accent_softer}; border-color: {accent_soft}; }}
QToolBar QToolButton:pressed {{ background: {accent_soft}; }}
QToolBar QToolButton:focus {{ border-color: {accent}; }}
QToolBar QToolButton:disabled {{ color: {disabled}; }}
QLabel#site_name_label {{ font-size: {site}px; font-weight: bold; color: {brand};
    padding: 0 14px 0 2px; }}
QStatusBar {{ background: {surface}; border-top: 1px solid {line}; }}

QLabel[role="heading"] {{ font-size: {heading}px; font-weight: bold; color: {brand};
    padding: 2px 0 6px 0; }}
QLabel[role="subheading"] {{ font-weight: bold; color: {ink}; padding-top: 6px; }}
QLabel[role="hint"] {{ color: {muted}; }}
QLabel[role="error"] {{ color: {danger}; }}
QLabel[role="customer_name"] {{ font-size: {customer_name}px; font-weight: bold; color: {ink}; }}
QFrame#customer_card {{ background: {surface}; border: 1px solid {line};
    border-left: 5px solid {brand}; border-radius: 8px; }}
QFrame#customer_card:disabled {{ border-left-color: {line_strong}; }}

QPushButton {{ color: {ink}; background: {surface}; border: 1px solid {line_strong};
    border-radius: 6px; padding: 5px 12px; min-height: 20px; qproperty-iconSize: 22px 16px; }}
QPushButton:hover {{ background: {accent_softer}; border-color: {accent}; }}
QPushButton:pressed {{ background: {accent_soft}; }}
QPushButton:focus {{ border: 2px solid {accent}; padding: 4px 11px; }}
QPushButton:disabled {{ color: {disabled}; background: {canvas}; border-color: {line}; }}
QPushButton:flat {{ border: none; background: transparent; }}
QPushButton[role="purpose"] {{ font-size: {purpose}px; font-weight: bold; padding: 8px 6px;
    border-radius: 8px; qproperty-iconSize: 26px 20px; }}
QPushButton[role="purpose"]:focus {{ padding: 7px 5px; }}
QPushButton[role="purpose"]:checked {{ background: {accent}; color: {white};
    border: 1px solid {accent_dark}; }}
QPushButton[role="purpose"]:checked:focus {{ border: 2px solid {accent_dark}; }}
QPushButton[role="primary"] {{ background: {go}; color: {white}; font-size: {primary}px;
    font-weight: bold; border: 1px solid {go_dark}; border-radius: 8px; padding: 8px 18px;
    qproperty-iconSize: 30px 22px; }}
QPushButton[role="primary"]:hover {{ background: {go_dark}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {ink}; padding: 7px 17px; }}
QPushButton[role="primary"]:disabled {{ background: {disabled}; border-color: {disabled};
    color: {white}; }}

QLineEdit {{ background: {surface}; border: 1px solid {line_strong}; border-radius: 6px;
    padding: 4px 8px; selection-background-color: {accent}; }}
QLineEdit:focus {{ border: 2px solid {accent}; padding: 3px 7px; }}
QLineEdit:disabled {{ background: {canvas}; color: {disabled}; }}

QTableView, QListView, QTreeView {{ background: {surface}; border: 1px solid {line};
    border-radius: 6px; gridline-color: {line}; alternate-background-color: {surface_alt};
    selection-background-color: {accent_soft}; selection-color: {ink}; }}
QTableView:focus, QListView:focus, QTreeView:focus {{ border-color: {accent}; }}
QHeaderView::section {{ background: {surface_alt}; color: {ink_soft}; border: none;
    border-bottom: 1px solid {line}; border-right: 1px solid {line}; padding: 4px 3px; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ color: {muted}; font-weight: bold; padding: 7px 16px; border: none;
    border-bottom: 3px solid transparent; }}
QTabBar::tab:selected {{ color: {brand}; border-bottom-color: {brand}; }}
QTabBar::tab:hover {{ color: {ink}; }}
QSplitter::handle {{ background: transparent; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}

QLabel[role="prompt"] {{ font-size: {prompt}px; font-weight: bold; color: {ink}; }}
QFrame[role="tile"] {{ background: {surface}; border: 1px solid {line}; border-radius: 8px; }}
QLabel[role="stat"] {{ font-size: {stat}px; font-weight: bold; color: {brand}; }}
QLabel[role="stat_caption"] {{ color: {ink_soft}; }}
"""


def style_sheet() -> str:
    """The application's style sheet (the desk's sizes)."""
    return _SHEET.format(**COLORS, **SIZES)


def palette() -> QPalette:
    """The named colours as a palette, for what the style sheet does not reach (Fusion's
    combo boxes, spin boxes, check boxes, scroll bars, dialogs)."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: COLORS["canvas"],
        QPalette.ColorRole.WindowText: COLORS["ink"],
        QPalette.ColorRole.Base: COLORS["surface"],
        QPalette.ColorRole.AlternateBase: COLORS["surface_alt"],
        QPalette.ColorRole.Text: COLORS["ink"],
        QPalette.ColorRole.Button: COLORS["surface"],
        QPalette.ColorRole.ButtonText: COLORS["ink"],
        QPalette.ColorRole.Highlight: COLORS["accent"],
        QPalette.ColorRole.HighlightedText: COLORS["white"],
        QPalette.ColorRole.ToolTipBase: COLORS["surface"],
        QPalette.ColorRole.ToolTipText: COLORS["ink"],
        QPalette.ColorRole.PlaceholderText: COLORS["muted"],
        QPalette.ColorRole.Link: COLORS["accent"],
        QPalette.ColorRole.Light: COLORS["surface"],
        QPalette.ColorRole.Midlight: COLORS["surface_alt"],
        QPalette.ColorRole.Mid: COLORS["line_strong"],
        QPalette.ColorRole.Dark: COLORS["line_strong"],
        QPalette.ColorRole.Shadow: COLORS["ink_soft"],
    }
    for role, color in roles.items():
        pal.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(COLORS["disabled"]))
    return pal


def apply_palette(app: QApplication) -> None:
    """Fusion, the palette and the window icon, once per application (cheap: before any
    window, so that the first dialogs look like the app)."""
    if app.property("receptionist_palette"):
        return
    from .icons import app_icon  # icons.py names its colours from this module

    app.setStyle("Fusion")
    app.setPalette(palette())
    app.setWindowIcon(app_icon())
    app.setProperty("receptionist_palette", True)


def apply_look(app: QApplication) -> None:
    """The whole look: the palette, then the style sheet, for the whole application.

    Call it once the main window is built (measured, docs/performance.md): a style sheet
    set before re-polishes each widget every time it is put into a layout while the
    window is assembled, a whole table of 200 on-site visitors included.
    """
    apply_palette(app)
    sheet = style_sheet()
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
