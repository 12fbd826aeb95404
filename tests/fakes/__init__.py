"""Fakes of external services (platform APIs, an OpenAI-compatible server) for tests."""
