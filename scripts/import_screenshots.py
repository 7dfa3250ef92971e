"""Screenshots of the import dialog's mapping step and its check (the rejected rows), and
of the export dialog, in English and Simplified Chinese
(docs/screenshots/import_mapping-*.png, import_preview-*.png, export-*.png).

Run under a display (Xvfb on a machine without one):
    Xvfb :99 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:99 .venv/bin/python scripts/import_screenshots.py
A fresh demo database in a temporary folder, a manager at the desk, and a purchases file
as Excel in Chinese saves it (GB18030, a column the import does not know, an amount
column whose header must be mapped by hand, three bad rows).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from receptionist.services import settings, staff
from receptionist.services.database import open_database
from receptionist.ui.archive.export_dialog import ExportDialog
from receptionist.ui.archive.import_dialog import ImportDialog
from receptionist.ui.common import i18n
from receptionist.ui.common.context import DeskContext

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_site import demo_site  # noqa: E402
from screenshots import settle, shoot  # noqa: E402

OUT = Path(
    os.environ.get("SCREENSHOTS_OUT")
    or Path(__file__).resolve().parent.parent / "docs" / "screenshots"
)
SALES = """客户编号,姓名,手机,购买日期,金额(元),会员等级,备注
K-1001,张伟,13800138000,2026-01-05,1280.50,金卡,首次购车定金
K-1001,张伟,13800138000,2026/02/11,-80,金卡,退还配件费
K-1002,李娜,13912345678,2026-02-30,560,银卡,
,王芳,,2026-03-01,99,,
K-1003,Emily Chen,+44 20 7946 0958,2026-03-02,12.345,,
K-1004,陈建国,13700137000,2026-03-08,45800,金卡,保养套餐
"""


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Receptionist")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        open_database(Path(tmp) / "shots.sqlite3")
        boss, _desk = demo_site(customers=120, visits=300, seed=12)
        manager = staff.add_staff(boss.id, "周静 Zhou Jing", "Sales", "manager")
        sales = Path(tmp) / "销售记录.csv"
        sales.write_bytes(SALES.encode("gb18030"))
        for lang in ("en", "zh_CN"):
            i18n.switch_language(app, lang)
            ctx = DeskContext(actor=manager, site=settings.site_settings(), language=lang)
            dialog = ImportDialog(ctx)
            dialog.resize(900, 560)
            dialog.show()
            choose = dialog.choose_page
            choose.kind_combo.setCurrentIndex(choose.kind_combo.findData("purchases"))
            choose.file_edit.setText(str(sales))
            dialog.read_file()
            amount = dialog.mapping_page.combos[4]
            amount.setCurrentIndex(amount.findData("amount"))  # "金额(元)" is mapped by hand
            settle(app)
            shoot(dialog, f"import_mapping-{lang}.png", app)
            dialog.check()
            while dialog.job.running:
                settle(app, 100)
            settle(app)
            shoot(dialog, f"import_preview-{lang}.png", app)
            dialog.close()

            export = ExportDialog(ctx)
            export.category_combo.setCurrentIndex(export.category_combo.findData("vip"))
            export.format_combo.setCurrentIndex(export.format_combo.findData("xlsx"))
            export.file_edit.setText(str(Path(tmp) / "vip.xlsx"))
            export.show()
            export.export()
            settle(app)
            shoot(export, f"export-{lang}.png", app)
            export.close()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
