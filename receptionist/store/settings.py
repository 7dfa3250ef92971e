"""Site-wide settings as key/value rows."""

from __future__ import annotations

from .models import Setting


def get_all() -> dict[str, str]:
    return {s.key: s.value for s in Setting.select()}


def put(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


def get_many(keys: list[str]) -> dict[str, str]:
    return {s.key: s.value for s in Setting.select().where(Setting.key.in_(keys))}


def put_new(key: str, value: str) -> str:
    """Write ``key`` unless it is there already (another station may have just written
    it); the value it has now."""
    Setting.insert(key=key, value=value).on_conflict_ignore().execute()
    return Setting.get_by_id(key).value
