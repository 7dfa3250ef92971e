"""Rules of a visitor's feedback: ratings 1-5, a 0-10 recommend score, a short comment.

Each check returns the clean value or raises ``ValidationError`` naming the field; the
messages never repeat what was typed (a comment may hold personal data).
"""

from __future__ import annotations

from enum import StrEnum

from .errors import ValidationError
from .validation import clean_text

RATING_MIN, RATING_MAX = 1, 5
RECOMMEND_MIN, RECOMMEND_MAX = 0, 10
COMMENT_MAX = 1000
RATINGS = ("overall", "attitude", "professionalism", "speed", "environment")


class FeedbackSource(StrEnum):
    """How the feedback reached the desk."""

    CARD = "card"  # the printed feedback card came back
    KIOSK = "kiosk"  # typed by the visitor at the self-service kiosk
    CALL = "call"  # given on a call-back


def _whole_number(value: int | float | str | None) -> int | None:
    """``value`` as an int, ``None`` when empty; ``ValueError`` when not a whole number."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(value)
    return int(value)


def clean_rating(value: int | str | None, field: str = "overall") -> int | None:
    """A rating from 1 (poor) to 5 (excellent); ``None`` when not given."""
    try:
        rating = _whole_number(value)
    except (TypeError, ValueError):
        rating = RATING_MIN - 1
    if rating is None:
        return None
    if not RATING_MIN <= rating <= RATING_MAX:
        raise ValidationError("rating_range", field=field, lowest=RATING_MIN, highest=RATING_MAX)
    return rating


def clean_overall(value: int | str | None) -> int:
    """The overall rating: like the others, and required."""
    rating = clean_rating(value, "overall")
    if rating is None:
        raise ValidationError("overall_required", field="overall")
    return rating


def clean_recommend(value: int | str | None) -> int | None:
    """How likely the visitor is to recommend us, 0-10; ``None`` when not given."""
    try:
        score = _whole_number(value)
    except (TypeError, ValueError):
        score = RECOMMEND_MIN - 1
    if score is None:
        return None
    if not RECOMMEND_MIN <= score <= RECOMMEND_MAX:
        raise ValidationError(
            "recommend_range", field="recommend", lowest=RECOMMEND_MIN, highest=RECOMMEND_MAX
        )
    return score


def clean_comment(value: str | None) -> str:
    return clean_text(
        value,
        field="comment",
        maximum=COMMENT_MAX,
        required=False,
        allow_newlines=True,
    )


def clean_source(value: str | FeedbackSource) -> FeedbackSource:
    try:
        return FeedbackSource(value)
    except ValueError:
        raise ValidationError("source_invalid", field="source") from None
