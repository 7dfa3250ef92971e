"""A server's address as Settings → Database types it: fields to a URL without the
password, a pasted URL back to fields, and every field that cannot be right named."""

from __future__ import annotations

import pytest

from receptionist.domain import location, server_address
from receptionist.domain.errors import ValidationError
from receptionist.domain.server_address import AddressProblems, ServerAddress


def fields(**changes: str) -> dict[str, str]:
    typed = {
        "host": "db.example.com",
        "port": "5432",
        "dbname": "receptionist",
        "user": "front desk",
        "sslmode": "verify-full",
        "sslrootcert": "/etc/receptionist/ca.pem",
    }
    typed.update(changes)
    return typed


def test_fields_make_a_url_libpq_and_the_location_read_back():
    address = server_address.from_fields(**fields(host=" db.example.com "))
    url = address.url()
    assert url == (
        "postgresql://front%20desk@db.example.com:5432/receptionist"
        "?sslmode=verify-full&sslrootcert=/etc/receptionist/ca.pem"
    )
    place = location.parse(url)
    assert place.is_postgresql and not place.has_password
    assert place.keyring_name == "front desk@db.example.com:5432/receptionist"
    again, password = server_address.from_url(url)
    assert (again, password) == (address, None)


def test_an_ipv6_address_is_bracketed():
    address = server_address.from_fields(**fields(host="fd00::5", sslrootcert=""))
    assert (
        address.url() == "postgresql://front%20desk@[fd00::5]:5432/receptionist?sslmode=verify-full"
    )
    assert server_address.from_url(address.url())[0].host == "fd00::5"


def test_a_pasted_url_gives_its_password_apart_and_keeps_other_parameters():
    address, password = server_address.from_url(
        "postgres://desk:p%40ss@10.0.0.5:6543/site?sslmode=require&connect_timeout=3"
    )
    assert password == "p@ss"
    assert address == ServerAddress(
        "10.0.0.5", 6543, "site", "desk", "require", "", (("connect_timeout", "3"),)
    )
    assert "p@ss" not in address.url() and "p%40ss" not in address.url()
    assert address.url().endswith("?sslmode=require&connect_timeout=3")


def test_a_pasted_url_without_port_or_mode_takes_libpqs_defaults():
    address, password = server_address.from_url("postgresql://desk@db/receptionist")
    assert (address.port, address.sslmode, password) == (5432, "prefer", None)


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"host": "  "}, [("host", "server_host_required")]),
        ({"host": "db example"}, [("host", "server_host_invalid")]),
        ({"host": "me@db"}, [("host", "server_host_invalid")]),
        ({"port": "0"}, [("port", "server_port_invalid")]),
        ({"port": "65536"}, [("port", "server_port_invalid")]),
        ({"port": "54a"}, [("port", "server_port_invalid")]),
        ({"port": "５４３２"}, [("port", "server_port_invalid")]),  # full-width digits
        ({"dbname": ""}, [("dbname", "server_dbname_required")]),
        ({"user": " "}, [("user", "server_user_required")]),
        ({"sslmode": "verify-ca"}, [("sslmode", "server_sslmode_invalid")]),
        (
            {"host": "", "port": "", "user": ""},
            [
                ("host", "server_host_required"),
                ("port", "server_port_invalid"),
                ("user", "server_user_required"),
            ],
        ),
    ],
)
def test_every_field_that_cannot_be_right_is_named(changes, problems):
    with pytest.raises(AddressProblems) as refused:
        server_address.from_fields(**fields(**changes))
    assert [(e.field, e.code) for e in refused.value.errors] == problems


def test_the_port_message_names_the_range():
    with pytest.raises(AddressProblems) as refused:
        server_address.from_fields(**fields(port="99999"))
    assert refused.value.errors[0].message == (
        "The port must be a whole number from 1 to 65535; PostgreSQL usually listens on 5432."
    )


@pytest.mark.parametrize(
    "url",
    [
        "mysql://desk@db/receptionist",
        "postgresql://desk@db:port/receptionist",
        "postgresql://desk@db1,db2/receptionist",
        "postgresql:///receptionist?host=/var/run/postgresql",
    ],
)
def test_a_url_the_form_cannot_show_is_refused_for_the_url_field(url):
    with pytest.raises(ValidationError) as refused:
        server_address.from_url(url)
    assert (refused.value.field, refused.value.code) == ("url", "server_url_invalid")


def test_an_unknown_tls_mode_in_a_pasted_url_is_named():
    with pytest.raises(ValidationError) as refused:
        server_address.from_url("postgresql://desk@db/receptionist?sslmode=allow")
    assert refused.value.code == "server_sslmode_invalid"
    assert refused.value.message == (
        "The TLS mode must be one of: disable, prefer, require, verify-full."
    )
