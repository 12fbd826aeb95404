"""Telegram config: clear errors for a missing token, and ``livebot run`` starting the adapter."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config
from tests.fakes.telegram_api import FakeTelegramAPI

ROOT = Path(__file__).resolve().parent.parent


def write_config(tmp_path: Path, telegram: str) -> Path:
    path = tmp_path / "livebot.yaml"
    path.write_text(f"storage:\n  url: sqlite:///{tmp_path / 'bot.db'}\nwatch_config: false\n"
                    f"adapters:\n  telegram:\n{telegram}", encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as err:
        load_config(path)
    return [str(p) for p in err.value.problems]


def test_unset_token_variable_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    [problem] = problems(write_config(tmp_path, "    token: ${TELEGRAM_BOT_TOKEN}\n"))
    assert "adapters.telegram.token" in problem and "TELEGRAM_BOT_TOKEN is not set" in problem


@pytest.mark.parametrize("section", ["    token: ${TELEGRAM_BOT_TOKEN}\n", "    mode: polling\n"])
def test_empty_or_absent_token_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                section: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    [problem] = problems(write_config(tmp_path, section))
    assert "adapters.telegram.token" in problem and "export TELEGRAM_BOT_TOKEN=" in problem


def test_malformed_token_and_webhook_without_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "not a token")
    [problem] = problems(write_config(tmp_path, "    token: ${TELEGRAM_BOT_TOKEN}\n"))
    assert "not a bot token" in problem
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    [problem] = problems(write_config(tmp_path, "    token: ${TELEGRAM_BOT_TOKEN}\n    mode: webhook\n"))
    assert "webhook section" in problem


def test_chat_ids_written_as_numbers_are_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    config = load_config(write_config(tmp_path, "    token: ${TELEGRAM_BOT_TOKEN}\n    channels: [-1001234, 42]\n"))
    assert config.adapters.telegram.channels == ["-1001234", "42"]


async def run_cli(config: Path, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--config", str(config), cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def test_livebot_run_starts_the_telegram_adapter(tmp_path: Path) -> None:
    fake = await FakeTelegramAPI().start()
    config = write_config(tmp_path, f"    token: ${{TELEGRAM_BOT_TOKEN}}\n    base_url: {fake.base_url}\n"
                                    f"    base_file_url: {fake.base_file_url}\n    poll_timeout: 1\n")
    proc = await run_cli(config, {"TELEGRAM_BOT_TOKEN": fake.token})
    try:
        await fake.wait_for("getUpdates", timeout=30)
        asked = fake.push_message({"id": 7, "type": "private", "first_name": "A"},
                                  {"id": 7, "is_bot": False, "first_name": "A"}, "/help")
        [reply] = await fake.wait_for("sendMessage", timeout=10)
        assert reply["reply_parameters"]["message_id"] == asked and "livebot" in reply["text"]
        assert fake.calls_to("setMyCommands")
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(proc.communicate(), 30)
        await fake.stop()
    assert proc.returncode == 0, err.decode()


async def test_livebot_run_without_the_token_names_the_variable(tmp_path: Path) -> None:
    config = write_config(tmp_path, "    token: ${TELEGRAM_BOT_TOKEN}\n")
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--config", str(config), cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in err.decode() and "Traceback" not in err.decode()


def test_loading_the_config_does_not_import_the_library() -> None:
    import subprocess

    code = ("import sys, adapters.telegram; from bot.plugins import adapter_modules; adapter_modules(); "
            "assert 'telegram' not in sys.modules, 'python-telegram-bot imported at package import'")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
