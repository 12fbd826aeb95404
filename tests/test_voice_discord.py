"""Discord voice-channel playback at the AudioSource level (the voice gateway can't be faked):
the reply audio becomes 20 ms PCM frames that discord.py's Opus encoder takes, played in order."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

pytest.importorskip("piper", reason="the voice extra is not installed: pip install -e '.[voice]'")
discord = pytest.importorskip("discord")

from adapters.discord.speaker import FRAME_BYTES, VoiceSpeaker, pcm_source  # noqa: E402
from bot.skill import Skill  # noqa: E402
from bot.voice.audio import encode, probe  # noqa: E402
from bot.voice.config import TTSConfig  # noqa: E402
from bot.voice.tts import TTSChain  # noqa: E402


def opus_available() -> bool:
    try:
        discord.opus._load_default()
    except Exception:
        return False
    return discord.opus.is_loaded()


@pytest.fixture(scope="module")
def reply_wav() -> bytes:
    spoken = asyncio.run(TTSChain(TTSConfig(engines=["piper"])).synthesize("Yes, the jacket is in stock."))
    assert spoken is not None
    return spoken.encode("wav")


class PlayingClient:
    """Stands in for a connected discord.VoiceClient: plays a source on a thread the way
    discord.py's AudioPlayer does (read 20 ms frames, Opus-encode them), then calls ``after``."""

    def __init__(self, guild_id: int = 1) -> None:
        self.guild = SimpleNamespace(id=guild_id)
        self.packets: list[list[bytes]] = []
        self._end = threading.Event()
        self._end.set()

    def is_connected(self) -> bool:
        return True

    def is_playing(self) -> bool:
        return not self._end.is_set()

    def play(self, source, *, after=None) -> None:
        assert not self.is_playing(), "discord.py raises ClientException when already playing"
        encoder = discord.opus.Encoder()
        packets: list[bytes] = []
        self.packets.append(packets)

        def run() -> None:
            while frame := source.read():
                packets.append(encoder.encode(frame, encoder.SAMPLES_PER_FRAME))
            self._end.set()  # like AudioPlayer.stop(): no longer playing when ``after`` runs
            if after:
                after(None)

        self._end.clear()
        threading.Thread(target=run).start()


def test_reply_audio_becomes_discord_pcm_frames(reply_wav):
    seconds = probe(reply_wav)["seconds"]
    source = pcm_source(reply_wav)
    frames = []
    while frame := source.read():
        frames.append(frame)
    assert all(len(f) == FRAME_BYTES for f in frames)
    assert len(frames) * 0.02 == pytest.approx(seconds, abs=0.04)  # the last partial frame is kept
    pcm = np.frombuffer(b"".join(frames), dtype=np.int16).reshape(-1, 2)
    assert np.array_equal(pcm[:, 0], pcm[:, 1]) and np.abs(pcm).mean() > 100  # stereo copy of real speech


@pytest.mark.skipif(not opus_available(), reason="libopus is not installed (apt-get install libopus0)")
async def test_speaker_plays_replies_in_order_through_the_opus_encoder(reply_wav):
    short = encode(np.zeros(16000 // 2, dtype=np.int16), 16000, "wav")  # 0.5 s
    vc = PlayingClient()
    speaker = VoiceSpeaker(max_queue=5)
    assert speaker.say(vc, reply_wav) and speaker.say(vc, short)
    assert speaker.pending(1) == 1  # the first is playing, the second waits
    for _ in range(200):
        await asyncio.sleep(0.01)
        if len(vc.packets) == 2 and not vc.is_playing():
            break
    first, second = vc.packets
    assert len(first) * 0.02 == pytest.approx(probe(reply_wav)["seconds"], abs=0.04)
    assert len(second) == 25
    decoded = discord.opus.Decoder().decode(first[len(first) // 2])
    assert len(decoded) == FRAME_BYTES
    assert not speaker.say(SimpleNamespace(is_connected=lambda: False), short)


# ---------------------------------------------------------------- through the Discord fake


def _attachment(raw: bytes, filename: str) -> bytes:
    """The bytes of one file part of a multipart upload as the fake received it."""
    head = raw.index(f'filename="{filename}"'.encode())
    start = raw.index(b"\r\n\r\n", head) + 4
    return raw[start:raw.index(b"\r\n--", start)]


@pytest.fixture
async def discord_voice_bot(monkeypatch, tmp_path):
    import socket

    import discord.gateway
    import discord.http
    import edge_tts.communicate
    import yarl

    from adapters.discord import create
    from bot.config import SkillConfig, validate_config
    from bot.config_loader import LineMap
    from bot.core import BotCore
    from tests.fakes.discord_api import MOD_ROLE_ID, FakeDiscord

    with socket.socket() as s:  # edge-tts "offline"
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(edge_tts.communicate, "WSS_URL", f"ws://127.0.0.1:{port}/edge/v1?TrustedClientToken=x")
    fake = await FakeDiscord().start()
    monkeypatch.setattr(discord.http.Route, "BASE", fake.api_base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url))
    fake.add_member(5001, "ann")
    fake.add_member(5003, "mia", roles=(MOD_ROLE_ID,))
    settings = {"token": "fake-token", "guild_ready_timeout": 0.05, "ready_timeout_seconds": 10}
    config = validate_config({"storage": {"url": f"sqlite:///{tmp_path / 'bot.db'}"},
                              "adapters": {"discord": settings}, "voice": {"asr": {"model": "tiny.en"}}},
                             LineMap("<test>"))
    bot = BotCore(config)
    await bot.setup()
    await bot.add_skill(CountryAnswer(bot, SkillConfig()))
    await bot.add_adapter(create(config.adapters.discord, bot))
    try:
        yield fake, bot
    finally:
        await bot.shutdown()
        await fake.close()


class CountryAnswer(Skill):
    name = "country_test"

    async def on_message(self, message, ctx) -> bool:
        if "country" in message.text.lower():
            await ctx.reply("Our jackets are made in Portugal.")
            return True
        return False


async def test_discord_voice_message_gets_a_spoken_and_written_answer(discord_voice_bot):
    from bot.voice.asr import Transcriber
    from bot.voice.audio import decode_s16, load_audio
    from bot.voice.config import ASRConfig
    from tests.fakes.discord_api import CHANNEL_ID

    fake, bot = discord_voice_bot
    note = encode(decode_s16(Path(__file__).resolve().parent / "data" / "speech" / "en_jfk.flac", 48000), 48000,
                  "ogg")
    await fake.message(5001, "", voice_note=note)
    [sent] = await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", timeout=30)
    raw = sent.json["raw"]
    assert b"Our jackets are made in Portugal." in raw
    ogg = _attachment(raw, "reply.ogg")
    info = probe(ogg)
    assert (info["container"], info["codec"], info["sample_rate"]) == ("ogg", "opus", 48000)
    transcriber = Transcriber(ASRConfig(model="tiny.en"))
    try:
        assert "portugal" in transcriber.transcribe_sync(load_audio(ogg)).text.lower()
    finally:
        transcriber.close()


async def test_join_and_leave_are_moderator_commands_that_explain_themselves(discord_voice_bot):
    from tests.fakes.discord_api import CHANNEL_ID

    fake, bot = discord_voice_bot
    assert {"join", "leave"} <= {c.name for c in bot.router.all()}
    synced = {c["name"] for c in fake.command_sets.get(next(iter(fake.command_sets), 0), [])}
    assert {"join", "leave"} <= synced  # registered as slash commands too
    await fake.message(5001, "!join")  # a viewer: not allowed, nothing happens
    await fake.message(5003, "!join")  # a moderator who sits in no voice channel
    await fake.message(5003, "!leave")
    sent = await fake.wait_for("POST", f"/channels/{CHANNEL_ID}/messages", 2)
    texts = [r.json.get("content") for r in sent]
    assert texts == ["Join a voice channel first, then ask me to /join.", "I'm not in a voice channel."]
