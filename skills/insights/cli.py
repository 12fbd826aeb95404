"""``livebot report --since 2h -o report.html``: the after-stream report from the bot's store."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

_SPAN = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd]?)$")


def parse_span(text: str) -> float:
    """'90m', '2h', '1.5d', '3600' -> seconds."""
    match = _SPAN.match(text.strip().lower())
    if not match:
        raise argparse.ArgumentTypeError(f"not a time span: {text!r} (examples: 30m, 2h, 1d)")
    value, unit = float(match.group(1)), match.group(2) or "s"
    return value * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]


def cmd_report(args: argparse.Namespace) -> int:
    from bot.catalog import Catalog, CatalogError, load_catalog
    from bot.cli import load_or_exit
    from bot.store import Store
    from skills.insights import tables
    from skills.insights.report import write_report

    config = load_or_exit(args)
    catalog = Catalog()
    if config.shop.catalog:
        try:
            catalog = load_catalog(config.resolve(config.shop.catalog), config.shop.currency)
        except CatalogError as exc:
            print(f"livebot: warning: {exc}; products are shown by SKU", file=sys.stderr)
    store = Store(config.storage.url)
    store.migrate("insights", tables.MIGRATIONS)
    path = write_report(store, catalog, args.output, args.since)
    print(f"report written to {path}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli import add_config_args

    parser = subparsers.add_parser("report", help="write the after-stream HTML report",
                                   description="Write a self-contained HTML report (charts embedded, works "
                                               "offline) covering the last --since of recorded chat.")
    add_config_args(parser)
    parser.add_argument("--since", type=parse_span, default=parse_span("2h"), help="time span, e.g. 90m, 2h")
    parser.add_argument("-o", "--output", type=Path, default=Path("report.html"))
    parser.set_defaults(func=cmd_report)
