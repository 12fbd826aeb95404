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
