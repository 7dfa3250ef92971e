"""The evacuation list (紧急疏散名单) as plain data: everyone on site at one moment,
grouped by host. Built by ``services.evacuation``; printed by ``printing.evacuation``;
the desk's roll call shows the same. No reportlab here: the desk reads it without
loading the printing library."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.enums import Station


@dataclass(frozen=True)
class Evacuee:
    """One visit on site: the visitor and the people with them (``party_size``)."""

    visit_id: int
    code: str
    name: str
    company: str
    host_id: int | None
    host_name: str  # "" when no host was chosen
    since: datetime  # check-in, aware (UTC); shown in local time
    station: Station  # where they were checked in (desk, kiosk, command line)
    station_name: str  # the named desk or kiosk, "" when unnamed
    party_size: int
    room: str = ""  # hotel mode

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "company": self.company,
            "host": self.host_name or None,
            "since": self.since.isoformat(),
            "station": str(self.station),
            "station_name": self.station_name or None,
            "party_size": self.party_size,
            "room": self.room,
        }


@dataclass(frozen=True)
class HostGroup:
    """The visitors of one host (``host_id`` None: those without a host)."""

    host_id: int | None
    host_name: str
    people: tuple[Evacuee, ...]

    @property
    def head_count(self) -> int:
        return sum(p.party_size for p in self.people)


@dataclass(frozen=True)
class EvacuationList:
    """Everyone on site at ``made_at``, sorted by host (no host last), then by name."""

    site_name: str  # "" when the site has no name yet
    made_at: datetime  # aware (UTC)
    people: tuple[Evacuee, ...]
    hotel_mode: bool = False

    @property
    def visitors(self) -> int:
        """Visits on site (one per checked-in visitor)."""
        return len(self.people)

    @property
    def head_count(self) -> int:
        """People on site: every visitor with their party."""
        return sum(p.party_size for p in self.people)

    def groups(self) -> tuple[HostGroup, ...]:
        """The people by host, in the list's order."""
        found: list[HostGroup] = []
        for person in self.people:
            if found and found[-1].host_id == person.host_id:
                last = found[-1]
                found[-1] = HostGroup(last.host_id, last.host_name, (*last.people, person))
            else:
                found.append(HostGroup(person.host_id, person.host_name, (person,)))
        return tuple(found)

    def to_json(self) -> dict:
        return {
            "site_name": self.site_name,
            "made_at": self.made_at.isoformat(),
            "visitors": self.visitors,
            "people": self.head_count,
            "on_site": [p.to_json() for p in self.people],
        }
