"""Platform adapters; each ``adapters/<name>/__init__.py`` exports NAME, Config and create()."""
