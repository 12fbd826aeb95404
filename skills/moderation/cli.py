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
    tr.add_argument("--no-second-look", action="store_true",
                    help="train the fast first pass only (seconds instead of minutes)")
    tr.add_argument("--encoder", type=Path, default=None,
                    help="sentence encoder for the second look (default: the shipped one)")
    tr.set_defaults(func=cmd_train)

    be = sub.add_parser("build-encoder", help="build the second look's sentence encoder from a MiniLM folder")
    be.add_argument("--model-dir", type=Path, required=True,
                    help="a sentence-transformers BERT folder: model.safetensors, config.json, tokenizer.json")
    be.add_argument("--data", type=Path, required=True,
                    help="the training CSV folder: token embeddings are kept for the tokens its texts use")
    be.add_argument("--layers", type=int, default=2, help="transformer layers to keep (default 2)")
    be.add_argument("-o", "--output", type=Path, required=True)
    be.set_defaults(func=cmd_build_encoder)

    ev = subparsers.add_parser("moderate", help="score a CSV of messages: id,text -> id,score_toxic,score_spam,label_pred")
    ev.add_argument("input", type=Path, help="CSV with at least the columns id,text")
    ev.add_argument("-o", "--output", type=Path, required=True, help="CSV to write")
    ev.add_argument("--model", type=Path, default=None, help="model file (default: the shipped model)")
    ev.add_argument("--toxic-threshold", type=float, default=defaults.toxic_threshold)
    ev.add_argument("--spam-threshold", type=float, default=defaults.spam_threshold)
    ev.add_argument("--first-pass-only", action="store_true",
                    help="skip the second look (about 100x faster, less precise); by default every message gets it")
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
              shop_chat=args.shop_chat, second_look=not args.no_second_look, encoder=args.encoder,
              log=lambda m: print(m, file=sys.stderr))
    except (DataError, ValueError) as exc:
        print(f"livebot: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.output} and {args.output.with_suffix('.card.json')}")
    return 0


def cmd_build_encoder(args: argparse.Namespace) -> int:
    from skills.moderation.build_encoder import build
    from skills.moderation.normalize import normalize
    from skills.moderation.shopchat import generate
    from skills.moderation.train import DataError, read_rows, split_files

    missing = [n for n in ("model.safetensors", "config.json", "tokenizer.json") if not (args.model_dir / n).exists()]
    if missing:
        print(f"livebot: {args.model_dir} lacks {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        texts = [normalize(r["text"]) for f in split_files(args.data, "train") for r in read_rows(f)]
    except DataError as exc:
        print(f"livebot: {exc}", file=sys.stderr)
        return 2
    texts += [normalize(t) for t in generate(3000, 13)]
    meta = build(args.model_dir, texts, args.output, layers=args.layers)
    print(f"wrote {args.output}: {meta['layers']} of {meta['of_layers']} layers, {meta['kept_tokens']} tokens")
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
            texts = [r["text"] or "" for r in batch]
            scores = clf.score_batch(texts, second_look=not args.first_pass_only)
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
