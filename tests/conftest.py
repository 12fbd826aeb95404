import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def _no_network_env(monkeypatch):
    # tests never reach out: any proxy settings from the host are irrelevant here
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)


def livebot_cmd() -> list[str]:
    return [sys.executable, "-m", "bot"]


os.environ.setdefault("PYTHONUTF8", "1")


@pytest.fixture(scope="module")
def tiny():
    """Whisper tiny.en, loaded once per test module (voice tests; needs the voice extra)."""
    from bot.voice.asr import Transcriber
    from bot.voice.config import ASRConfig

    transcriber = Transcriber(ASRConfig(model="tiny.en"))
    transcriber._ensure_model()  # the bot's pipeline shares this process-wide model
    yield transcriber
    transcriber.close()
