"""Telegram voice notes end to end: the real python-telegram-bot against the fake Bot API on
127.0.0.1, the whole bot core, Whisper tiny.en and piper. The reply must arrive as text plus a
sendVoice carrying a valid OGG/Opus voice note."""

from __future__ import annotations

import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

pytest.importorskip("faster_whisper", reason="the voice extra is not installed: pip install -e '.[voice]'")
pytest.importorskip("telegram")

import edge_tts.communicate  # noqa: E402

from adapters.telegram import create  # noqa: E402
from bot.config import SkillConfig, validate_config  # noqa: E402
from bot.config_loader import LineMap  # noqa: E402
from bot.context import Context  # noqa: E402
from bot.core import BotCore  # noqa: E402
from bot.events import ChatMessage  # noqa: E402
from bot.skill import Skill  # noqa: E402
from bot.voice.asr import Transcriber  # noqa: E402
from bot.voice.audio import decode_s16, encode, load_audio, probe  # noqa: E402
from bot.voice.config import ASRConfig  # noqa: E402
from tests.fakes.telegram_api import BOT_USER, FakeTelegramAPI  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

SPEECH = Path(__file__).resolve().parent / "data" / "speech"
GROUP = {"id": -1009876, "type": "supergroup", "title": "Luma live"}
ALICE = {"id": 601, "is_bot": False, "first_name": "Alice", "username": "alice"}


class CountrySkill(Skill):
    """Stands in for the Q&A skill."""

    name = "country_test"
    Config = SkillConfig

    async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
        if message.voice and "country" in message.text.lower():
            await ctx.reply("Our jackets are made in Portugal.")
            return True
        return False


@pytest.fixture(scope="module")
def tiny() -> Transcriber:
    transcriber = Transcriber(ASRConfig(model="tiny.en"))
    transcriber._ensure_model()
    yield transcriber
    transcriber.close()


@pytest.fixture
async def telegram_bot(monkeypatch, tiny) -> AsyncIterator[tuple[FakeTelegramAPI, BotCore]]:
    with socket.socket() as s:  # edge-tts is "offline": its endpoint refuses connections
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(edge_tts.communicate, "WSS_URL", f"ws://127.0.0.1:{port}/edge/v1?TrustedClientToken=x")
    fake = await FakeTelegramAPI().start()
    fake.set_admins(GROUP["id"], creator={"id": 1, "is_bot": False, "first_name": "Owner"}, admins=[BOT_USER])
    section = {"token": fake.token, "base_url": fake.base_url, "base_file_url": fake.base_file_url,
               "poll_timeout": 1, "poll_interval": 0.01, "rate_limits": {"per_chat_interval": 0}}
    config = validate_config({"storage": {"url": "sqlite://"}, "adapters": {"telegram": section},
                              "voice": {"asr": {"model": "tiny.en"}}}, LineMap("<test>"))
    core = BotCore(config)
    await core.setup()
    await core.add_skill(CountrySkill(core, SkillConfig()))
    await core.add_adapter(create(config.adapters.telegram, core))
    try:
        yield fake, core
    finally:
        await core.shutdown()
        await fake.stop()


def push_voice_note(fake: FakeTelegramAPI, file_id: str, audio: bytes, duration: int) -> int:
    fake.files[file_id] = audio
    message_id = 7000 + len(fake.files)
    fake.push_update({"message": {"message_id": message_id, "date": int(time.time()), "chat": GROUP, "from": ALICE,
                                  "voice": {"file_id": file_id, "file_unique_id": f"u-{file_id}",
                                            "duration": duration, "mime_type": "audio/ogg",
                                            "file_size": len(audio)}}})
    return message_id


async def test_voice_note_is_answered_with_text_and_a_voice_note(telegram_bot, tiny):
    fake, _core = telegram_bot
    note = encode(decode_s16(SPEECH / "en_jfk.flac", 48000), 48000, "ogg")  # what a Telegram client sends
    message_id = push_voice_note(fake, "jfk", note, 11)
    [voice] = await fake.wait_for("sendVoice", timeout=30)
    [text] = fake.calls_to("sendMessage")
    assert text["text"] == "Our jackets are made in Portugal."
    assert text["reply_parameters"]["message_id"] == message_id
    assert voice["chat_id"] == str(GROUP["id"]) and voice["reply_parameters"]["message_id"] == message_id
    info = probe(voice["voice"])  # multipart upload: the bytes the Bot API received
    assert (info["container"], info["codec"], info["sample_rate"], info["channels"]) == ("ogg", "opus", 48000, 1)
    assert "portugal" in tiny.transcribe_sync(load_audio(voice["voice"])).text.lower()
    assert fake.calls_to("getFile") == [{"file_id": "jfk"}]


async def test_a_too_long_voice_note_is_refused_without_downloading_it(telegram_bot):
    fake, _core = telegram_bot
    message_id = push_voice_note(fake, "rant", b"OggS-never-read", 95)
    [text] = await fake.wait_for("sendMessage", timeout=10)
    assert text["text"].startswith("Voice messages up to 15 seconds")
    assert text["reply_parameters"]["message_id"] == message_id
    assert fake.calls_to("getFile") == [] and fake.calls_to("sendVoice") == []
