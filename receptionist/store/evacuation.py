"""Everyone on site now, for the evacuation list: one query, the columns it prints."""

from __future__ import annotations

from peewee import JOIN

from .models import Customer, Station, Visit
from .visits import Host

_COLUMNS = (
    Visit.id,
    Visit.code,
    Customer.name.alias("customer_name"),
    Customer.company.alias("customer_company"),
    Visit.host.alias("host_id"),
    Host.name.alias("host_name"),
    Visit.check_in_at,
    Visit.station,
    Station.name.alias("station_name"),
    Visit.party_size,
    Visit.room,
)


def on_site_people() -> list:
    """The visits on site now as named tuples (fields of ``_COLUMNS``), in no particular
    order: the service sorts them (the same order on both backends, whatever the
    server's collation)."""
    return list(
        Visit.select(*_COLUMNS)
        .join(Customer, on=(Visit.customer == Customer.id))
        .switch(Visit)
        .join(Host, JOIN.LEFT_OUTER, on=(Visit.host == Host.id))
        .switch(Visit)
        .join(Station, JOIN.LEFT_OUTER, on=(Visit.station_ref == Station.id))
        .where(Visit.status == "on_site")
        .namedtuples()
    )
