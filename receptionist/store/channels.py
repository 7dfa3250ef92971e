"""Each staff member's channels beyond the desk's list (issue 14)."""

from __future__ import annotations

from .models import Staff, StaffChannel


def of_staff(staff_ids: list[int] | None = None) -> list[StaffChannel]:
    """The channels of ``staff_ids`` (None: everyone's), by staff and channel."""
    query = StaffChannel.select()
    if staff_ids is not None:
        query = query.where(StaffChannel.staff.in_(staff_ids))
    return list(query.order_by(StaffChannel.staff_id, StaffChannel.channel))


def put(staff_id: int, channel: str, address: str, secret: str) -> None:
    StaffChannel.insert(
        staff=staff_id, channel=channel, address=address, secret=secret
    ).on_conflict(
        conflict_target=[StaffChannel.staff, StaffChannel.channel],
        update={StaffChannel.address: address, StaffChannel.secret: secret},
    ).execute()


def remove(staff_id: int, channel: str) -> int:
    return (
        StaffChannel.delete()
        .where((StaffChannel.staff == staff_id) & (StaffChannel.channel == channel))
        .execute()
    )


def one(staff_id: int, channel: str) -> StaffChannel | None:
    return StaffChannel.get_or_none(
        (StaffChannel.staff == staff_id) & (StaffChannel.channel == channel)
    )


def active_staff() -> list[Staff]:
    return list(Staff.select().where(Staff.active == True).order_by(Staff.name))  # noqa: E712


def with_channels() -> set[int]:
    """The staff members who have at least one channel."""
    return {row.staff_id for row in StaffChannel.select(StaffChannel.staff).distinct()}


def managers(department: str) -> list[Staff]:
    """Active managers of ``department``; none there: every active manager."""
    query = Staff.select().where((Staff.active == True) & (Staff.role == "manager"))  # noqa: E712
    found = list(query.where(Staff.department == department).order_by(Staff.id))
    return found or list(query.order_by(Staff.id))


def of_recipients(staff_ids: list[int]) -> list[tuple[StaffChannel, str]]:
    """The channels of ``staff_ids`` with each member's name, in one read."""
    if not staff_ids:
        return []
    query = (
        StaffChannel.select(StaffChannel, Staff.id, Staff.name)
        .join(Staff, on=(StaffChannel.staff == Staff.id))
        .where(StaffChannel.staff.in_(staff_ids))
    )
    return [(row, row.staff.name) for row in query]
