"""ASR on real speech clips: tiny.en (English) and the multilingual base (Mandarin), offline."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("faster_whisper", reason="the voice extra is not installed: pip install -e '.[voice]'")

from bot.voice.asr import ASRBusy, Transcriber, UtteranceTooLong  # noqa: E402
from bot.voice.audio import AudioDecodeError, decode_s16, encode, load_audio, probe  # noqa: E402
from bot.voice.config import ASRConfig  # noqa: E402
from bot.voice.frames import AudioFrame  # noqa: E402
from bot.voice.metrics import cer, load_transcripts, wer  # noqa: E402
from bot.voice.models import BASE_SIZE, ModelUnavailable, resolve_model  # noqa: E402
from bot.voice.vad import segment  # noqa: E402

SPEECH = Path(__file__).resolve().parent / "data" / "speech"
CLIPS = load_transcripts(SPEECH)
EN = [(path, text) for path, lang, text in CLIPS if lang == "en"]
ZH = [(path, text) for path, lang, text in CLIPS if lang == "zh"]


@pytest.fixture(scope="module")
def base() -> Transcriber:
    transcriber = Transcriber(ASRConfig(model="base"))
    transcriber._ensure_model()
    yield transcriber
    transcriber.close()


# ---------------------------------------------------------------- metrics


def test_wer_and_cer_count_edits():
    assert wer(["the red hoodie"], ["the red hoody"]) == pytest.approx(1 / 3)
    assert wer(["Ask not, what!"], ["ask not what"]) == 0.0  # case and punctuation don't count
    assert wer(["a b c d"], ["a c d e"]) == pytest.approx(2 / 4)  # one deletion, one insertion
    assert cer(["广州市房地产"], ["廣州市房地產。"]) == pytest.approx(2 / 6)
    assert cer(["一二线"], ["一 二 线"]) == 0.0


# ---------------------------------------------------------------- models


def test_bundled_models_resolve_to_local_folders():
    assert (Path(resolve_model("tiny.en")) / "model.bin").exists()
    with pytest.raises(ModelUnavailable):
        resolve_model("/no/such/model/dir")
    assert resolve_model("Systran/faster-whisper-small") == "Systran/faster-whisper-small"  # hub: online only


def test_base_model_is_joined_once_and_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("LIVEBOT_CACHE", str(tmp_path))
    folder = Path(resolve_model("base"))
    model = folder / "model.bin"
    assert folder.parent == tmp_path and model.stat().st_size == BASE_SIZE
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        assert (folder / name).exists()
    with model.open("r+b") as f:  # a half-written or truncated cache
        f.truncate(1000)
    assert Path(resolve_model("base")) == folder and model.stat().st_size == BASE_SIZE
    assert not list(folder.glob("*.tmp"))


# ---------------------------------------------------------------- quality on real speech


def test_tiny_en_word_error_rate_on_english_clips(tiny):
    hyps = [tiny.transcribe_sync(load_audio(path)).text for path, _ in EN]
    assert wer([t for _, t in EN], hyps) <= 0.05, hyps


def test_base_character_error_rate_on_mandarin_clips_with_language_detection(base):
    results = [base.transcribe_sync(load_audio(path)) for path, _ in ZH]
    assert [r.language for r in results] == ["zh"] * len(ZH)
    assert cer([t for _, t in ZH], [r.text for r in results]) <= 0.20, [r.text for r in results]


def test_ogg_opus_voice_note_transcribes_like_the_original(tiny):
    path, text = EN[1]
    ogg = encode(decode_s16(path, 48000), 48000, "ogg")  # what Telegram sends: OGG/Opus 48 kHz mono
    assert probe(ogg)["codec"] == "opus"
    result = tiny.transcribe_sync(load_audio(ogg))
    assert wer([text], [result.text]) <= 0.05
    assert result.language == "en" and result.audio_seconds == pytest.approx(8.73, abs=0.1)


def test_unreadable_audio_is_a_clear_error():
    with pytest.raises(AudioDecodeError):
        load_audio(b"this is not audio at all" * 20)


# ---------------------------------------------------------------- the async front


async def test_transcription_runs_off_the_event_loop(tiny):
    ticks = 0

    async def heartbeat() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    beat = asyncio.create_task(heartbeat())
    result = await tiny.transcribe(load_audio(EN[0][0]))
    beat.cancel()
    assert "country" in result.text.lower()
    # the loop kept running while the model decoded (the generator is drained in the worker)
    assert ticks >= 0.3 * result.processing_seconds / 0.01


async def test_long_utterances_and_floods_are_refused_at_once():
    config = ASRConfig(model="tiny.en", max_utterance_seconds=5, max_pending=1)
    transcriber = Transcriber(config)
    try:
        with pytest.raises(UtteranceTooLong):
            await transcriber.transcribe(load_audio(EN[0][0]))  # 11 s > 5 s
        short = AudioFrame(load_audio(EN[2][0]).samples[: 16000 * 4])
        first = asyncio.create_task(transcriber.transcribe(short))
        await asyncio.sleep(0)
        with pytest.raises(ASRBusy):
            await transcriber.transcribe(short)
        assert (await first).text
    finally:
        transcriber.close()


# ---------------------------------------------------------------- VAD segmenting


def test_streaming_vad_cuts_utterances_and_ignores_silence_and_noise():
    speech = load_audio(EN[1][0]).samples  # 8.7 s of continuous reading
    rng = np.random.default_rng(0)
    silence = np.zeros(16000 * 2, dtype=np.float32)
    noise = rng.normal(0, 0.003, 16000 * 2).astype(np.float32)
    stream = AudioFrame(np.concatenate([silence, speech, noise, silence, speech[: 16000 * 3], silence]))
    found = segment(stream)  # fed 20 ms at a time, like a Discord voice stream
    assert len(found) == 2, [(u.start, u.audio.seconds) for u in found]
    assert found[0].start == pytest.approx(2.0, abs=0.4)
    assert found[0].audio.seconds == pytest.approx(8.7, abs=1.0)
    assert found[1].start == pytest.approx(2 + 8.73 + 4, abs=0.5)
    assert segment(AudioFrame(np.concatenate([silence, noise]))) == []
