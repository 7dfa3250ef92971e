"""The self-service kiosk: a full-screen lobby window for visitors, in its own process.

``app.run_kiosk`` starts it; ``window.KioskWindow`` is the screen and its flow; ``pages``
are the steps. Everything it reads or writes goes through ``services.kiosk`` (and the
slip through ``services.printing``), which never hands it another customer's data.
"""
