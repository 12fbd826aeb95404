"""Fakes of external services (platform APIs, an OpenAI-compatible server, edge-tts) for tests."""
