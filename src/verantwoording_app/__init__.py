"""Verantwoording: the desktop editor for the programmaverantwoording of Dutch municipalities."""

__version__ = "0.1.0"
APP_NAME = "Verantwoording"
ORG_NAME = "Verantwoording"
