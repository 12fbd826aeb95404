"""``livebot ask``: answer a JSONL file of questions in batch (evaluation, and a quick catalog check).

    livebot ask --catalog products.json [--faq faq.yaml] questions.jsonl -o answers.jsonl

Input lines: {"id", "question", "lang"?, "context": {"pinned_sku"?}}. Output lines: {"id", "answer",
"sku"}. A bad line is reported with its line number and skipped; the others are still answered.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("ask", help="answer product questions from a JSONL file (batch Q&A)")
    p.add_argument("input", type=Path, help="JSONL questions: {id, question, lang?, context: {pinned_sku?}}")
    p.add_argument("-o", "--output", type=Path, required=True, help="JSONL answers: {id, answer, sku}")
    p.add_argument("--catalog", type=Path, required=True, help="catalog: demo YAML/CSV or a Shopify products.json")
    p.add_argument("--faq", type=Path, default=None,
                   help="shop FAQ YAML (faq: [{id, question, answer, facts}]); default: faq.yaml beside the catalog, if any")
    p.add_argument("--currency", default="USD", help="currency when the catalog does not say (default USD)")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="language when a question gives no hint")
    p.set_defaults(func=cmd_ask)


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.catalog import CatalogError, load_catalog
    from skills.qa.engine import QAEngine
    from skills.qa.faq import FaqError, load_faq

    faq_path = args.faq
    if faq_path is None and (args.catalog.parent / "faq.yaml").exists():
        faq_path = args.catalog.parent / "faq.yaml"
        print(f"livebot ask: using the FAQ beside the catalog: {faq_path}", file=sys.stderr)
    try:
        catalog = load_catalog(args.catalog, args.currency)
        faq = load_faq(faq_path) if faq_path else []
    except (CatalogError, FaqError) as exc:
        print(f"livebot ask: {exc}", file=sys.stderr)
        return 2
    engine = QAEngine(catalog, faq, default_lang=args.lang)
    try:
        lines = args.input.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"livebot ask: cannot read {args.input}: {exc}", file=sys.stderr)
        return 2
    bad = answered = 0
    with args.output.open("w", encoding="utf-8") as out:
        for line_no, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                question = str(item["question"])
                context = item.get("context") or {}
                if not isinstance(context, dict):
                    raise ValueError("context must be an object")
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                print(f"{args.input}:{line_no}: skipped: {exc}", file=sys.stderr)
                bad += 1
                continue
            ans = engine.answer(question, item.get("lang"), context.get("pinned_sku"))
            out.write(json.dumps({"id": item.get("id", line_no), "answer": ans.text, "sku": ans.sku},
                                 ensure_ascii=False) + "\n")
            answered += 1
    print(f"answered {answered} question(s) -> {args.output}" + (f"; {bad} bad line(s) skipped" if bad else ""),
          file=sys.stderr)
    return 1 if bad and not answered else 0
