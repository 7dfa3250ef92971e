"""Render every printed document (slip × 3 formats, card × 2, invitation on A6) in English
and Chinese to PNG in docs/screenshots/, to look at. Needs poppler's ``pdftoppm``.

    python scripts/render_documents.py [--out DIR] [--dpi 150]
"""

from __future__ import annotations

import argparse
import io
import subprocess
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw

from receptionist.domain.enums import Purpose
from receptionist.printing.data import (
    CARD_FORMATS,
    SLIP_FORMATS,
    CardData,
    InvitationData,
    SlipData,
)
from receptionist.printing.documents import build_card, build_invitation, build_slip

ROOT = Path(__file__).resolve().parent.parent


def sample_logo() -> bytes:
    """A small two-colour logo, wider than tall, as a site would upload."""
    image = Image.new("RGBA", (240, 120), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, 116, 116), fill=(20, 90, 160, 255))
    draw.rectangle((130, 30, 236, 90), fill=(30, 30, 30, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def samples() -> dict[str, tuple[SlipData, CardData]]:
    """A Chinese visitor with a long company, and an English one with a logo (hotel)."""
    at = datetime(2025, 4, 12, 1, 35, tzinfo=UTC)
    zh_slip = SlipData(
        site_name="远景科技 上海总部",
        visitor_name="欧阳娜娜 Nana Ouyang",
        company="北京市海淀区中关村软件园国际科技创新发展有限公司华北大区销售与售后服务中心（第二分部）",
        host_name="李明",
        purpose=Purpose.RELATIONSHIP,
        check_in_at=at,
        code="V-0412-0007-XH4N2",  # the long form: the kiosk takes it
    )
    en_slip = SlipData(
        site_name="Harbourview Grand Hotel & Conference Centre",
        visitor_name="Alexandra Montgomery-Fitzgerald",
        company="Northwind Traders International Logistics and Supply Chain Ltd",
        host_name="Chen Jie (陈杰)",
        purpose=Purpose.AFTER_SALES,
        check_in_at=at,
        code="V-0412-0012-K7QM3",
        room="1208",
        hotel_mode=True,
        logo_png=sample_logo(),
    )
    zh_card = CardData(
        zh_slip.site_name,
        zh_slip.visitor_name,
        zh_slip.host_name,
        date(2025, 4, 12),
        "V-0412-0007",  # the card prints the short code
        retention_months=24,
    )
    en_card = CardData(
        en_slip.site_name,
        en_slip.visitor_name,
        en_slip.host_name,
        date(2025, 4, 12),
        "V-0412-0012",
        retention_months=18,
        hotel_mode=True,
        logo_png=en_slip.logo_png,
    )
    return {"zh_CN": (zh_slip, zh_card), "en": (en_slip, en_card)}


def invitations(papers: dict[str, tuple[SlipData, CardData]]) -> dict[str, InvitationData]:
    """The same two visitors, invited for a morning (local time: Shanghai, as printed)."""
    at = datetime(2025, 4, 14, 10, 30, tzinfo=timezone(timedelta(hours=8)))
    zh_slip, en_slip = papers["zh_CN"][0], papers["en"][0]
    return {
        "zh_CN": InvitationData(
            zh_slip.site_name,
            zh_slip.visitor_name,
            zh_slip.host_name,
            zh_slip.purpose,
            at,
            "I-7KQM-3XPA",
        ),
        "en": InvitationData(
            en_slip.site_name,
            en_slip.visitor_name,
            en_slip.host_name,
            en_slip.purpose,
            at,
            "I-H4NW-8CZR",
            logo_png=en_slip.logo_png,
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dpi", type=int, default=150)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        papers = samples()
        invited = invitations(papers)
        for lang, (slip, card) in papers.items():
            docs = [(f"slip_{fmt}_{lang}", build_slip(slip, fmt, lang)) for fmt in SLIP_FORMATS]
            docs += [(f"card_{fmt}_{lang}", build_card(card, fmt, lang)) for fmt in CARD_FORMATS]
            docs.append((f"invitation_a6_{lang}", build_invitation(invited[lang], "a6", lang)))
            for name, doc in docs:
                pdf = Path(tmp) / f"{name}.pdf"
                pdf.write_bytes(doc.pdf())
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        str(args.dpi),
                        "-singlefile",
                        str(pdf),
                        str(args.out / name),
                    ],
                    check=True,
                )
                print(args.out / f"{name}.png")


if __name__ == "__main__":
    main()
