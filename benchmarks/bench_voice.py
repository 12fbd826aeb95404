"""Voice: ASR real-time factor and WER/CER per model, TTS time-to-first-audio per engine, and one
full voice turn (a ~5 s spoken question in -> first audio byte of the spoken answer out, LLM off).

    python benchmarks/bench_voice.py [--runs 5] [--models tiny.en,base] [--skip-asr]

Speech clips: /work/shared/data/speech when present, else the copies in tests/data/speech.
edge-tts is timed against the local websocket stand-in (tests/fakes) - the client's own cost,
not Microsoft's service - plus what a failed probe costs offline. Quote medians.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = Path("/work/shared/data/speech")
BUNDLED = ROOT / "tests" / "data" / "speech"
SENTENCES = ["Yes, the denim jacket is in stock.", "The hoodie costs forty dollars and ships today.",
             "Thanks for watching! Large is the most popular size, and it runs a little big."]
QUESTION = "Hi! How much is the denim jacket, and do you still have it in large?"
ANSWER = "The denim jacket is fifty nine dollars. Yes, large is in stock."


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def bench_asr(folder: Path, models: list[str], runs: int) -> None:
    from bot.voice.asr import Transcriber
    from bot.voice.audio import load_audio
    from bot.voice.config import ASRConfig
    from bot.voice.metrics import cer, load_transcripts, wer

    rows = load_transcripts(folder)
    frames = {path: load_audio(path) for path, _, _ in rows}
    print("\n## ASR (faster-whisper, int8, cpu_threads=2, beam 1, VAD on; warm-up excluded)")
    print("| model | load s | clips | median RTF | CPU s / audio s | en WER | zh CER |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for model in models:
        transcriber = Transcriber(ASRConfig(model=model, max_utterance_seconds=300))
        started = time.perf_counter()
        transcriber._ensure_model()
        load = time.perf_counter() - started
        usable = [r for r in rows if r[1] == "en" or transcriber.multilingual]
        transcriber.transcribe_sync(frames[usable[0][0]])  # warm-up
        rtfs, hyps, cpu, audio = [], {}, 0.0, 0.0
        for _ in range(runs):
            for path, _lang, _text in usable:
                c0 = time.process_time()
                result = transcriber.transcribe_sync(frames[path])
                cpu += time.process_time() - c0
                audio += result.audio_seconds
                rtfs.append(result.real_time_factor)
                hyps[path] = result.text
        en = [(t, hyps[p]) for p, lang, t in usable if lang == "en"]
        zh = [(t, hyps[p]) for p, lang, t in usable if lang == "zh"]
        en_wer = f"{wer(*zip(*en, strict=True)):.1%}" if en else "-"
        zh_cer = f"{cer(*zip(*zh, strict=True)):.1%}" if zh else "n/a"
        print(f"| {model} | {load:.1f} | {len(usable)} | {median(rtfs):.2f} | {cpu / audio:.2f} | {en_wer} | {zh_cer} |")
        transcriber.close()


def bench_product_names(limit: int) -> None:
    """Spoken product questions (piper voice) -> is the product name heard right, with and without hints?"""
    import numpy as np
    import yaml

    from bot.voice.asr import Transcriber
    from bot.voice.audio import resample_s16
    from bot.voice.config import ASRConfig
    from bot.voice.frames import AudioFrame
    from bot.voice.metrics import normalise
    from bot.voice.tts_engines import load_piper_voice

    catalog = yaml.safe_load((ROOT / "config" / "catalog.yaml").read_text(encoding="utf-8"))["catalog"]
    names = [p["name"] for p in catalog["products"]]
    hints = ", ".join(names)[:600]
    voice = load_piper_voice("joe-us")
    rate = voice.config.sample_rate
    print(f"\n## Product names heard right (demo catalog, {min(limit, len(names))} piper-spoken questions)")
    print("| model | without hints | with catalog hints |")
    print("| --- | --- | --- |")
    questions = []
    for name in names[:limit]:
        pcm = np.frombuffer(b"".join(c.audio_int16_bytes for c in voice.synthesize(f"How much is the {name}?")),
                            dtype=np.int16)
        questions.append((name, AudioFrame(resample_s16(pcm, rate, 16000).astype(np.float32) / 32768)))
    for model in ("tiny.en", "base"):
        transcriber = Transcriber(ASRConfig(model=model, language="en"))
        hits = {False: 0, True: 0}
        for name, frame in questions:
            for hinted in (False, True):
                text = transcriber.transcribe_sync(frame, hotwords=hints if hinted else None).text
                hits[hinted] += normalise(name) in normalise(text)
        n = len(questions)
        print(f"| {model} | {hits[False]}/{n} | {hits[True]}/{n} |")
        transcriber.close()


async def bench_tts(runs: int) -> None:
    import edge_tts.communicate

    from bot.voice.audio import decode_s16, encode
    from bot.voice.config import TTSConfig
    from bot.voice.tts import TTSChain
    from bot.voice.tts_engines import load_piper_voice
    from tests.fakes.edge_tts_server import EdgeTTSServer

    print("\n## TTS time to first audio (median over sentences x runs)")
    print("| engine | first audio s | whole reply s | note |")
    print("| --- | --- | --- | --- |")
    started = time.perf_counter()
    await asyncio.to_thread(load_piper_voice, "joe-us")
    piper_load = time.perf_counter() - started

    async def measure(engines: list[str], note: str) -> None:
        chain = TTSChain(TTSConfig(engines=engines))  # type: ignore[arg-type]
        firsts, totals = [], []
        for _ in range(runs):
            for sentence in SENTENCES:
                spoken = await chain.synthesize(sentence)
                assert spoken is not None and spoken.engine == engines[0], spoken
                firsts.append(spoken.first_audio_seconds)
                totals.append(spoken.seconds)
        print(f"| {engines[0]} | {median(firsts):.3f} | {median(totals):.3f} | {note} |")

    mp3 = encode(decode_s16(BUNDLED / "en_ljspeech-LJ050-0131.wav", 24000), 24000, "mp3")
    real_url = edge_tts.communicate.WSS_URL
    async with EdgeTTSServer(mp3) as server:
        edge_tts.communicate.WSS_URL = server.wss_url
        await measure(["edge"], "local stand-in on 127.0.0.1 (client cost only)")
    edge_tts.communicate.WSS_URL = real_url
    await measure(["piper"], f"bundled en_US joe voice; loaded once ({piper_load:.1f} s)")
    await measure(["espeak"], "espeak-ng subprocess")

    # what an offline install pays: the failed edge probe once, then the breaker skips it
    chain = TTSChain(TTSConfig(engines=["edge", "piper"]))
    t0 = time.perf_counter()
    first = await chain.synthesize(SENTENCES[0])
    t1 = time.perf_counter()
    second = await chain.synthesize(SENTENCES[0])
    t2 = time.perf_counter()
    assert first is not None and second is not None
    print(f"| edge -> piper, offline | {first.first_audio_seconds:.3f} then {second.first_audio_seconds:.3f} | "
          f"{t1 - t0:.3f} then {t2 - t1:.3f} | first reply pays edge's failed probe "
          f"({chain.breakers['edge'].last_error.split(':')[0] or 'it succeeded'}); the breaker skips it after |")


async def bench_turn(runs: int) -> None:
    import numpy as np

    from bot.context import Context
    from bot.events import Author, ChatMessage
    from bot.skill import Skill
    from bot.testing import ScriptedBot
    from bot.voice import voice_for
    from bot.voice.audio import encode
    from bot.voice.tts_engines import load_piper_voice

    class Answer(Skill):
        name = "bench_answer"  # instant answer: the LLM is off, we time the voice path

        async def on_message(self, message: ChatMessage, ctx: Context) -> bool:
            await ctx.reply(ANSWER)
            return True

    # the question: piper speaks it, padded to 5 s, sent as a Telegram-style OGG/Opus voice note
    voice = load_piper_voice("joe-us")
    pcm = np.frombuffer(b"".join(c.audio_int16_bytes for c in voice.synthesize(QUESTION)), dtype=np.int16)
    rate = voice.config.sample_rate
    pcm = np.concatenate([pcm, np.zeros(max(0, 5 * rate - len(pcm)), dtype=np.int16)])[: 5 * rate]
    from bot.voice.audio import resample_s16

    note = encode(resample_s16(pcm, rate, 48000), 48000, "ogg")

    scripted = ScriptedBot({"voice": {"asr": {"model": "tiny.en"}}, "storage": {"url": "sqlite://"}})
    await scripted.__aenter__()
    bot = scripted.bot
    await bot.add_skill(Answer(bot, Answer.Config()))
    pipeline = voice_for(bot)
    await pipeline.warmup()
    firsts, voiced, asr = [], [], []
    heard = ""
    cpu: list[float] = []
    for i in range(runs + 1):
        c0 = time.process_time()  # all threads of the process: ASR worker, piper, event loop
        turn = await pipeline.handle_audio(note, platform="console", channel="#live", author=Author("v", "v"),
                                           message_id=str(i), send=False)
        heard = turn.transcript.text if turn.transcript else ""
        if i == 0:
            continue  # warm-up (and edge's one failed probe when offline)
        cpu.append(time.process_time() - c0)
        firsts.append(turn.timings["first_audio"])
        voiced.append(turn.timings["first_voice_reply"])
        asr.append(turn.timings["asr"])
    await scripted.__aexit__(None, None, None)
    print("\n## Full voice turn: 5 s OGG/Opus question -> first audio byte (tiny.en + edge(offline)->piper, LLM off)")
    print(f"heard: {heard!r}")
    print("| runs | ASR s | first audio byte s | whole voice reply ready s | CPU s per turn | target |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(f"| {runs} | {median(asr):.2f} | {median(firsts):.2f} | {median(voiced):.2f} | {median(cpu):.2f} | "
          "first audio <= 2.5 s |")
    print(f"(medians; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: wall times stretch "
          "with the load, CPU s does not)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--models", default="tiny.en,base")
    parser.add_argument("--skip-asr", action="store_true")
    parser.add_argument("--products", type=int, default=30, help="spoken product questions to check")
    args = parser.parse_args()
    try:
        import faster_whisper  # noqa: F401
        import piper  # noqa: F401
    except ImportError:
        print("bench_voice: the voice extra is not installed (pip install -e '.[voice]'); skipped")
        return 0
    folder = SHARED if (SHARED / "transcripts.tsv").exists() else BUNDLED
    print(f"speech clips: {folder} ({'shared data' if folder == SHARED else 'bundled test copies'}); "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}")
    if not args.skip_asr:
        bench_asr(folder, args.models.split(","), max(1, args.runs // 2))
        bench_product_names(args.products)
    asyncio.run(bench_tts(args.runs))
    asyncio.run(bench_turn(args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
