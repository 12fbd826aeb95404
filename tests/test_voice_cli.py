"""``livebot transcribe`` and ``livebot say`` (run in-process: the models stay loaded)."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

pytest.importorskip("faster_whisper", reason="the voice extra is not installed: pip install -e '.[voice]'")

import edge_tts.communicate  # noqa: E402

from bot.cli import main  # noqa: E402
from bot.voice.audio import probe  # noqa: E402

SPEECH = Path(__file__).resolve().parent / "data" / "speech"
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed (apt-get install espeak-ng)")


@pytest.fixture
def offline_edge(monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(edge_tts.communicate, "WSS_URL", f"ws://127.0.0.1:{port}/edge/v1?TrustedClientToken=x")


def test_transcribe_prints_text_language_and_real_time_factor(capsys, tmp_path):
    clip = SPEECH / "en_librispeech-1995-1837-0001.wav"
    bad = tmp_path / "notes.txt"
    bad.write_text("not audio")
    code = main(["transcribe", str(clip), str(bad), "--model", "tiny.en", "--config", str(tmp_path / "none.yaml")])
    out, err = capsys.readouterr()
    assert code == 1  # one file failed, the other was still transcribed
    line = out.strip().splitlines()[0]
    path, language, seconds, rtf, text = line.split("\t")
    assert path == str(clip) and language.startswith("en") and seconds == "8.7 s audio"
    assert rtf.startswith("RTF ") and float(rtf[4:]) > 0
    assert "first great sorrow of his life" in text.lower()
    assert "notes.txt: error: cannot decode audio" in err


def test_transcribe_reports_a_missing_model(capsys, tmp_path):
    assert main(["transcribe", str(SPEECH / "en_jfk.flac"), "--model", str(tmp_path / "nope")]) == 2
    assert "does not exist" in capsys.readouterr().err


@needs_espeak
@pytest.mark.parametrize("fmt, codec", [("ogg", "opus"), ("wav", "pcm_s16le"), ("mp3", "mp3float")])
def test_say_writes_audio_and_names_the_engine(capsys, tmp_path, offline_edge, fmt, codec):
    out = tmp_path / f"reply.{fmt}"
    engines = ["--engines", "edge,espeak"] if fmt != "ogg" else []
    assert main(["say", "Welcome", "to", "the", "live", "shop!", "-o", str(out), *engines]) == 0
    printed = capsys.readouterr().out
    assert ("spoke with piper" if fmt == "ogg" else "spoke with espeak") in printed
    info = probe(out.read_bytes())
    assert info["codec"] == codec and info["seconds"] > 0.5


def test_say_refuses_what_it_cannot_write_or_speak(capsys, tmp_path, offline_edge):
    assert main(["say", "hi", "-o", str(tmp_path / "x.flac")]) == 2
    out = tmp_path / "x.wav"
    assert main(["say", "有的，L码还有货。", "-o", str(out)]) == 1  # no offline Mandarin voice
    assert not out.exists() and not list(tmp_path.glob(".*tmp"))
    assert "no engine could speak" in capsys.readouterr().err
