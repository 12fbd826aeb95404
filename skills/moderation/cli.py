"""CLI: `livebot moderation train --data DIR -o MODEL` and `livebot moderate INPUT.csv -o OUTPUT.csv`."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

BATCH = 1000


def register(subparsers: argparse._SubParsersAction) -> None:
    from skills.moderation.config import Rules

    defaults = Rules()
    mod = subparsers.add_parser("moderation", help="moderation model tools")
    sub = mod.add_subparsers(dest="moderation_cmd", required=True)
    tr = sub.add_parser("train", help="train the toxic/spam classifier from labelled CSVs")
    tr.add_argument("--data", type=Path, required=True,
                    help="folder with <source>.train.csv files (id,text,label[,source]); .dev.csv files are scored")
    tr.add_argument("-o", "--output", type=Path, required=True, help="model file to write (.npz)")
    tr.add_argument("--seed", type=int, default=13)
    tr.add_argument("--bits", type=int, default=20, help="hash space: 2**bits buckets (default 20)")
    tr.add_argument("--c", type=float, default=10.0, help="inverse L2 strength, toxic model (default 10)")
    tr.add_argument("--c-spam", type=float, default=30.0, help="inverse L2 strength, spam model (default 30)")
    tr.add_argument("--shop-chat", type=int, default=3000, metavar="N",
                    help="add N generated ordinary shop-chat messages as ok rows (default 3000; 0 = none)")
    tr.set_defaults(func=cmd_train)

    ev = subparsers.add_parser("moderate", help="score a CSV of messages: id,text -> id,score_toxic,score_spam,label_pred")
    ev.add_argument("input", type=Path, help="CSV with at least the columns id,text")
    ev.add_argument("-o", "--output", type=Path, required=True, help="CSV to write")
    ev.add_argument("--model", type=Path, default=None, help="model file (default: the shipped model)")
    ev.add_argument("--toxic-threshold", type=float, default=defaults.toxic_threshold)
    ev.add_argument("--spam-threshold", type=float, default=defaults.spam_threshold)
    ev.set_defaults(func=cmd_moderate)


def cmd_train(args: argparse.Namespace) -> int:
    from skills.moderation.train import DataError, train

    if not args.data.is_dir():
        print(f"livebot: {args.data} is not a folder", file=sys.stderr)
        return 2
    if not 10 <= args.bits <= 24:
        print("livebot: --bits must be between 10 and 24", file=sys.stderr)
        return 2
    try:
        train(args.data, args.output, seed=args.seed, bits=args.bits, c=args.c, c_spam=args.c_spam,
              shop_chat=args.shop_chat,
              log=lambda m: print(m, file=sys.stderr))
    except DataError as exc:
        print(f"livebot: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.output} and {args.output.with_suffix('.card.json')}")
    return 0


def label_for(toxic: float, spam: float, toxic_threshold: float, spam_threshold: float) -> str:
    """The same order the skill uses: toxic first, then spam."""
    if toxic >= toxic_threshold:
        return "toxic"
    if spam >= spam_threshold:
        return "spam"
    return "ok"


def cmd_moderate(args: argparse.Namespace) -> int:
    from skills.moderation.classifier import Classifier, ModelError, load_default

    try:
        clf = Classifier.load(args.model) if args.model else load_default()
    except ModelError as exc:
        print(f"livebot: {exc}", file=sys.stderr)
        return 2
    csv.field_size_limit(10 * 1024 * 1024)
    try:
        src = args.input.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        print(f"livebot: cannot read {args.input}: {exc.strerror}", file=sys.stderr)
        return 2
    written = 0
    with src, args.output.open("w", newline="", encoding="utf-8") as dst:
        reader = csv.DictReader(src)
        missing = {"id", "text"} - set(reader.fieldnames or ())
        if missing:
            print(f"livebot: {args.input}: missing column(s) {', '.join(sorted(missing))} "
                  f"(found: {', '.join(reader.fieldnames or []) or 'nothing'})", file=sys.stderr)
            return 2
        writer = csv.writer(dst)
        writer.writerow(["id", "score_toxic", "score_spam", "label_pred"])
        batch: list[dict[str, str]] = []

        def flush() -> None:
            nonlocal written
            scores = clf.score_batch([r["text"] or "" for r in batch])
            for row, (toxic, spam) in zip(batch, scores, strict=True):
                writer.writerow([row["id"], f"{toxic:.6f}", f"{spam:.6f}",
                                 label_for(toxic, spam, args.toxic_threshold, args.spam_threshold)])
            written += len(batch)
            batch.clear()

        try:
            for row in reader:
                batch.append(row)
                if len(batch) >= BATCH:
                    flush()
            if batch:
                flush()
        except csv.Error as exc:
            print(f"livebot: {args.input}: bad CSV near line {reader.line_num}: {exc}", file=sys.stderr)
            return 2
    print(f"scored {written} messages -> {args.output}", file=sys.stderr)
    return 0
