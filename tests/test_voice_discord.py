"""Discord voice-channel playback at the AudioSource level (the voice gateway can't be faked):
the reply audio becomes 20 ms PCM frames that discord.py's Opus encoder takes, played in order."""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace

import numpy as np
import pytest

pytest.importorskip("piper", reason="the voice extra is not installed: pip install -e '.[voice]'")
discord = pytest.importorskip("discord")

from adapters.discord.speaker import FRAME_BYTES, VoiceSpeaker, pcm_source  # noqa: E402
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
