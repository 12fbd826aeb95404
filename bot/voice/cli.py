"""``livebot transcribe FILE...`` and ``livebot say TEXT -o OUT``.

Both read the ``voice:`` section of the config when there is one (``--config``); flags win.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

from bot.voice.config import ASRConfig, TTSConfig, VoiceConfig

FORMATS = ("wav", "ogg", "mp3")


def _voice_config(args: argparse.Namespace) -> VoiceConfig:
    """The config file's voice section, or the defaults when there is no file or no section."""
    if not args.config.exists():
        return VoiceConfig()
    from bot.config import ConfigError, load_config

    try:
        config = load_config(args.config, args.overrides)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise SystemExit(2) from None
    return config.voice or VoiceConfig()


def cmd_transcribe(args: argparse.Namespace) -> int:
    from bot.voice.asr import ASRError, Transcriber
    from bot.voice.audio import AudioDecodeError, load_audio
    from bot.voice.models import ModelUnavailable

    base = _voice_config(args).asr
    updates = {k: v for k, v in {"model": args.model, "language": args.language, "beam_size": args.beam,
                                 "initial_prompt": args.prompt}.items() if v is not None}
    if args.no_vad:
        updates["vad"] = False
    # a file on the command line is not a live utterance: no length cap here
    updates["max_utterance_seconds"] = 300
    config = ASRConfig.model_validate({**base.model_dump(), **updates})
    transcriber = Transcriber(config)
    started = time.perf_counter()
    try:
        transcriber._ensure_model()
    except (ASRError, ModelUnavailable) as exc:
        print(f"livebot transcribe: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a hub name offline, a broken model folder
        print(f"livebot transcribe: cannot load model {config.model!r}: {exc}", file=sys.stderr)
        return 2
    print(f"model {config.model} loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    status = 0
    for path in args.files:
        try:
            frame = load_audio(path)
        except (AudioDecodeError, OSError) as exc:
            print(f"{path}: error: {exc}", file=sys.stderr)
            status = 1
            continue
        result = transcriber.transcribe_sync(frame)
        print(f"{path}\t{result.language} ({result.language_probability:.2f})\t"
              f"{result.audio_seconds:.1f} s audio\tRTF {result.real_time_factor:.2f}\t{result.text}")
    transcriber.close()
    return status


def cmd_say(args: argparse.Namespace) -> int:
    from bot.voice.tts import TTSChain

    out: Path = args.output
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        print(f"livebot say: {out}: the output must end in .wav, .ogg or .mp3", file=sys.stderr)
        return 2
    text = " ".join(args.text).strip()
    if not text:
        print("livebot say: nothing to say", file=sys.stderr)
        return 2
    tts: TTSConfig = _voice_config(args).tts
    if args.engines:
        tts = TTSConfig.model_validate({**tts.model_dump(), "engines": args.engines.split(",")})
    chain = TTSChain(tts)
    spoken = asyncio.run(chain.synthesize(text, args.language, voice=args.voice))
    if spoken is None:
        print("livebot say: no engine could speak this text (the bot would send it as text only)", file=sys.stderr)
        return 1
    data = spoken.encode(fmt)
    # write beside the target and rename: a failure never leaves a 0-byte file behind
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, out)
    skipped = [f"{name}: {b.last_error}" for name, b in chain.breakers.items() if b.last_error]
    for line in skipped:
        print(f"  skipped {line[:160]}", file=sys.stderr)
    print(f"spoke with {spoken.engine} (first audio {spoken.first_audio_seconds:.2f} s, "
          f"synthesis {spoken.seconds:.2f} s) -> {out} ({len(data)} bytes, {fmt})")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli import DEFAULT_CONFIG

    def config_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", "-c", type=Path, default=DEFAULT_CONFIG,
                       help="read the voice: section from this file when it exists")
        p.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY.PATH=VALUE")

    tr = subparsers.add_parser("transcribe", help="speech to text: print text, language and real-time factor",
                               description="Transcribe audio files (wav, flac, ogg/opus, mp3, ...) with "
                                           "faster-whisper. Offline models: tiny.en (default), base.")
    tr.add_argument("files", nargs="+", type=Path, metavar="FILE")
    tr.add_argument("--model", help="tiny.en | base | a CTranslate2 model folder | a hub name (online)")
    tr.add_argument("--language", help="force a language (en, zh, ...); default: detect")
    tr.add_argument("--beam", type=int, help="beam size (default 1)")
    tr.add_argument("--prompt", help="initial prompt (product names help)")
    tr.add_argument("--no-vad", action="store_true", help="don't drop silence with Silero VAD")
    config_args(tr)
    tr.set_defaults(func=cmd_transcribe)

    say = subparsers.add_parser("say", help="text to speech with the TTS chain; says which engine spoke",
                                description="Speak TEXT with edge-tts -> piper -> espeak-ng (the first that "
                                            "works) and write OUT (.wav, .ogg Opus, .mp3).")
    say.add_argument("text", nargs="+", metavar="TEXT")
    say.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    say.add_argument("--voice", help="edge:NAME | piper:PATH.onnx | espeak:NAME (or a bare name)")
    say.add_argument("--language", help="reply language (en, zh); default: guessed from the text")
    say.add_argument("--engines", help="comma-separated engine order, e.g. piper,espeak")
    config_args(say)
    say.set_defaults(func=cmd_say)
