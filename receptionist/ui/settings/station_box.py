""" "This station" on the General settings page: the name, kind and location of the
station this desk is (``services.stations``). Every visit checked in here records it;
the other desks and kiosks of the site have their own. The name is remembered on this
computer too (``ui/common/station.py``), so the desk finds its station at the next start.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from ...domain.errors import DeskError
from ...services import stations
from ...services.views import StationView
from ..common.forms import error_label, with_error
from ..common.labels import station_kind_label
from ..common.station import remember


class StationBox(QGroupBox):
    """The fields of this desk's station; hidden in a process that has no station."""

    # A service error's field -> the key of its error label.
    FIELDS = {"station_name": "station_name", "location": "location"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station_box")
        self.station: StationView | None = None
        self.name_label = QLabel()
        self.name_edit = QLineEdit(objectName="station_name_edit")
        self.name_edit.setMaxLength(stations.STATION_NAME_MAX)
        self.kind_label = QLabel()
        self.kind_value = QLabel(objectName="station_kind_value")
        self.location_label = QLabel()
        self.location_edit = QLineEdit(objectName="station_location_edit")
        self.location_edit.setMaxLength(stations.LOCATION_MAX)
        self.hint = QLabel(objectName="station_hint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.error_labels = {
            "station_name": error_label("station_name_error"),
            "location": error_label("station_location_error"),
        }
        self.fields: dict[str, QWidget] = {
            "station_name": self.name_edit,
            "location": self.location_edit,
        }
        self.name_label.setBuddy(self.name_edit)
        self.location_label.setBuddy(self.location_edit)
        form = QFormLayout(self)
        form.addRow(self.name_label, with_error(self.name_edit, self.error_labels["station_name"]))
        form.addRow(self.kind_label, self.kind_value)
        form.addRow(
            self.location_label, with_error(self.location_edit, self.error_labels["location"])
        )
        form.addRow(self.hint)

    def load(self) -> None:
        self.station = stations.current_station()
        self.setVisible(self.station is not None)
        if self.station is not None:
            self.name_edit.setText(self.station.name)
            self.location_edit.setText(self.station.location)
            self.kind_value.setText(station_kind_label(self.station.kind))

    def check(self) -> DeskError | None:
        """What would be refused in the typed name or location, before anything is saved."""
        if self.station is None:
            return None
        try:
            stations.clean_station_name(self.name_edit.text())
            stations.clean_location(self.location_edit.text())
        except DeskError as err:
            return err
        return None

    def save(self, actor_id: int) -> None:
        """Rename the station or change its location when either changed; remember it."""
        station = self.station
        if station is None:
            return
        name, location = self.name_edit.text(), self.location_edit.text()
        if (name.strip(), location.strip()) == (station.name, station.location):
            return
        self.station = stations.update_station(actor_id, station.id, name=name, location=location)
        remember(self.station)
        self.name_edit.setText(self.station.name)
        self.location_edit.setText(self.station.location)

    def retranslate(self) -> None:
        self.setTitle(self.tr("This station"))
        self.name_label.setText(self.tr("Station &name"))
        self.name_edit.setAccessibleName(self.tr("Station name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Front desk, 2nd floor desk"))
        self.kind_label.setText(self.tr("Kind"))
        self.kind_value.setAccessibleName(self.tr("Kind of station"))
        if self.station is not None:
            self.kind_value.setText(station_kind_label(self.station.kind))
        self.location_label.setText(self.tr("L&ocation"))
        self.location_edit.setAccessibleName(self.tr("Location of this station"))
        self.location_edit.setPlaceholderText(self.tr("Where it is, e.g. Lobby, ground floor"))
        self.hint.setText(
            self.tr(
                "Visits checked in here record this station. Every desk and kiosk of the "
                "site has a name of its own."
            )
        )
