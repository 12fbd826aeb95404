"""Skill packages; each ``skills/<name>/__init__.py`` exports ``SKILL``."""
