"""Fakes of platform and service wire protocols, served on 127.0.0.1 inside tests."""
