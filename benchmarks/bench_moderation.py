"""Moderation benchmark: speed of the whole stage, model load, memory, and quality on the dev splits.

    python benchmarks/bench_moderation.py [--data /work/shared/data/moderation] [--n 5000]

Speed: the moderation stage (normalisation + chat rules + first pass, `ModerationSkill.verdict`)
one message at a time on one core with the caches cleared, `score_batch` (normalisation + first
pass) in batches of 1,000, and the second look (off the chat path) in the worker's batches of 32. Quality: ROC-AUC per source and pooled on the dev splits, the
false-positive rate on the hand-written live-shopping chat set (tests/data/moderation), and how
much recall obfuscated toxic messages keep. Without the data folder only the speed and the
benign-chat figures are printed.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import asyncio  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENIGN = ROOT / "tests" / "data" / "moderation" / "benign_chat.txt"
DATA = Path("/work/shared/data/moderation")

OBFUSCATIONS = {
    "zero-width": lambda t: "\u200b".join(t),
    "leetspeak": lambda t: t.translate(str.maketrans("ioeas", "10345")),
    "spaced letters": lambda t: " ".join(t.replace(" ", "  ")),
    "confusables": lambda t: t.translate(str.maketrans("aeocpx", "аеосрх")),
    "fancy letters": lambda t: "".join(chr(0x1D4EA + ord(c) - 97) if "a" <= c <= "z" else c for c in t),
    "repeated letters": lambda t: "".join(c * 4 if c in "aeiou" else c for c in t),
}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def benign() -> list[str]:
    return [x for x in BENIGN.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]


def load_rows(data: Path, split: str) -> list[dict[str, str]]:
    from skills.moderation.train import read_rows, split_files

    return [r for f in split_files(data, split) for r in read_rows(f)]


async def stage_speed(texts: list[str]) -> dict[str, float]:
    from bot.events import Author, ChatMessage
    from bot.testing import ScriptedBot
    from skills.moderation.normalize import normalize_cached

    async with ScriptedBot({"shop": {"domains": ["luma.example"]}, "skills": {"moderation": {}}}) as bot:
        skill = bot.bot.skills["moderation"]
        rnd = random.Random(13)
        authors = [Author(f"u{i}", f"viewer{i}") for i in range(500)]
        msgs = [ChatMessage("console", "#live", rnd.choice(authors), t, str(i), 0.0) for i, t in enumerate(texts)]
        normalize_cached.cache_clear()
        skill.classifier._cache.clear()
        lat = []
        unsure = []
        start = time.perf_counter()
        for i, m in enumerate(msgs):
            t0 = time.perf_counter_ns()
            _, _, review = skill.verdict(m, i * 0.01)
            lat.append((time.perf_counter_ns() - t0) / 1e6)
            if review is not None:
                unsure.append(review)
        total = time.perf_counter() - start
        # the second look runs off the chat path, in batches of up to 32 queued messages
        look = []
        for i in range(0, min(len(unsure), 1024), 32):
            t0 = time.perf_counter()
            skill.classifier.refine_normalized(unsure[i:i + 32])
            look.append((time.perf_counter() - t0, len(unsure[i:i + 32])))
    second = {}
    if look:
        second = {"share": len(unsure) / len(msgs), "msgs_per_s": sum(n for _, n in look) / sum(t for t, _ in look),
                  "batch_p50_ms": pct([t * 1000 for t, _ in look], 0.5),
                  "batch_p99_ms": pct([t * 1000 for t, _ in look], 0.99)}
    return {"msgs_per_s": len(msgs) / total, "p50_ms": pct(lat, 0.5), "p99_ms": pct(lat, 0.99), "max_ms": max(lat),
            "second_look": second}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--n", type=int, default=5000, help="messages for the one-at-a-time run")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core

    rss0 = rss_mb()
    t0 = time.perf_counter()
    from skills.moderation.classifier import DEFAULT_MODEL, Classifier

    clf = Classifier.load(DEFAULT_MODEL)
    load_s = time.perf_counter() - t0
    print(f"model: {DEFAULT_MODEL.relative_to(ROOT)} ({DEFAULT_MODEL.stat().st_size / 1e6:.1f} MB), "
          f"load {load_s:.2f}s (incl. numpy import), peak RSS +{rss_mb() - rss0:.0f} MB -> {rss_mb():.0f} MB")

    have_data = args.data.is_dir() and any(args.data.glob("*.dev.csv"))
    if have_data:
        dev = load_rows(args.data, "dev")
        texts = [r["text"] for r in dev]
        print(f"data: {len(dev)} dev rows from {args.data}")
    else:
        dev = []
        texts = benign() * 40
        print(f"data: {args.data} not found - speed measured on the benign chat set only, no quality figures")
    pool = (texts * (args.n // max(1, len(texts)) + 1))[: args.n]

    # ---- speed, one at a time (whole stage) and batched (normalise + classify)
    one = asyncio.run(stage_speed(pool))
    print(f"stage one at a time: {one['msgs_per_s']:,.0f} msgs/s, p50 {one['p50_ms']:.3f} ms, "
          f"p99 {one['p99_ms']:.3f} ms, max {one['max_ms']:.2f} ms  (n={len(pool)}, caches cleared)")
    if one["second_look"]:
        sl = one["second_look"]
        print(f"second look (off the chat path): {sl['share']:.1%} of messages queued; {sl['msgs_per_s']:,.0f} msgs/s "
              f"in batches of 32, a batch p50 {sl['batch_p50_ms']:.0f} ms, p99 {sl['batch_p99_ms']:.0f} ms")
    batches = [pool[i:i + 1000] for i in range(0, len(pool) - 999, 1000)] or [pool]
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        for b in batches:
            clf.score_batch(b)
        runs.append(sum(len(b) for b in batches) / (time.perf_counter() - start))
    print(f"batches of 1,000 (normalise + classify, first pass): {sorted(runs)[1]:,.0f} msgs/s (median of 3)")
    start = time.perf_counter()
    clf.score_batch(batches[0], second_look=True)
    print(f"a batch of 1,000 with the second look for every message (what `livebot moderate` does): "
          f"{len(batches[0]) / (time.perf_counter() - start):,.0f} msgs/s")
    print(f"peak RSS after the runs: {rss_mb():.0f} MB")

    # ---- quality
    from skills.moderation.config import Rules
    from skills.moderation.rules import strip_allowed_links

    rules = Rules()
    chat = benign()
    from skills.moderation.classifier import UNSURE_BAND
    from skills.moderation.rules import mentions_allowed_domain

    # as the live skill judges: the shop's links stripped, the second look for the unsure, and no
    # spam verdict on a message that points at the shop's own pages
    scores = clf.review_batch([strip_allowed_links(t, ["luma.example"]) for t in chat])
    first = clf.score_batch([strip_allowed_links(t, ["luma.example"]) for t in chat])
    low, high = UNSURE_BAND
    queued = ((first >= low) & (first < high)).any(axis=1).mean()
    fp = [(t, s) for t, s in zip(chat, scores, strict=True)
          if s[0] >= rules.toxic_threshold
          or (s[1] >= rules.spam_threshold and not mentions_allowed_domain(t, ["luma.example"]))]
    print(f"benign live-shopping chat: {queued:.1%} would get the second look")
    print(f"benign live-shopping chat: {len(fp)}/{len(chat)} flagged = {len(fp) / len(chat):.1%} "
          f"(toxic>={rules.toxic_threshold}, spam>={rules.spam_threshold})")
    for t, s in fp:
        print(f"  flagged: {t!r} toxic={s[0]:.3f} spam={s[1]:.3f}")
    if not have_data:
        return 0
    from skills.moderation.train import evaluate

    for name, model in (("first pass only", evaluate(clf, dev, second_look=False)), ("as shipped", evaluate(clf, dev))):
        for task, res in model.items():
            print(f"dev ROC-AUC {task} ({name}): " + ", ".join(f"{k} {v:.4f}" for k, v in res.items()))
    toxic_en = [r["text"] for r in dev if r["label"] == "toxic" and r["source"] in ("davidson", "olid")]
    clean = clf.score_batch(toxic_en, second_look=True)[:, 0] >= rules.toxic_threshold
    print(f"obfuscation (English dev toxic, n={len(toxic_en)}): clean recall {clean.mean():.3f} at {rules.toxic_threshold}")
    for name, fn in OBFUSCATIONS.items():
        rec = (clf.score_batch([fn(t) for t in toxic_en], second_look=True)[:, 0] >= rules.toxic_threshold).mean()
        print(f"  {name:<17} recall {rec:.3f} = {rec / max(clean.mean(), 1e-9):.1%} of clean")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
