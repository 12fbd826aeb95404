"""The ``livebot`` command line. Parts add subcommands through ``cli`` modules (see bot.plugins)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot import __version__
from bot.config import ConfigError, load_config
from bot.logs import setup_logging

DEFAULT_CONFIG = Path("config/livebot.yaml")


def add_config_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", "-c", type=Path, default=DEFAULT_CONFIG,
                        help=f"admin YAML file (default: {DEFAULT_CONFIG})")
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY.PATH=VALUE",
                        help="override one config key for this run (repeatable), e.g. --set bot.name=shopbot")


def add_log_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--log-format", choices=("text", "json"), default=None, help="log line format")
    parser.add_argument("--log-level", choices=("DEBUG", "INFO", "WARNING", "ERROR"), default=None)


def load_or_exit(args: argparse.Namespace):  # noqa: ANN201
    try:
        return load_config(args.config, args.overrides)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise SystemExit(2) from None


def cmd_run(args: argparse.Namespace) -> int:
    from bot.runner import run_live, run_script
    from bot.script import ScriptError, load_script

    config = load_or_exit(args)
    setup_logging(args.log_level or config.logging.level, args.log_format or config.logging.format)
    if args.script is None:
        return asyncio.run(run_live(config, config_path=args.config, overrides=args.overrides))
    try:
        lines = load_script(args.script)
    except (OSError, ScriptError) as exc:
        print(f"livebot: {exc}", file=sys.stderr)
        return 2
    transcript = args.transcript.open("w", encoding="utf-8") if args.transcript else None
    try:
        asyncio.run(run_script(config, lines, out=sys.stdout, transcript=transcript, config_path=args.config,
                               overrides=args.overrides))
    finally:
        if transcript:
            transcript.close()
    return 0


def cmd_config_check(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.path, args.overrides)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    if config.shop.catalog:
        from bot.catalog import CatalogError, load_catalog

        try:
            load_catalog(config.resolve(config.shop.catalog), config.shop.currency)
        except CatalogError as exc:
            print(f"{args.path}: shop.catalog: {exc}", file=sys.stderr)
            return 2
    print(f"{args.path}: OK")
    return 0


def cmd_version(_args: argparse.Namespace) -> int:
    print(f"livebot {__version__}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from bot.plugins import cli_modules

    parser = argparse.ArgumentParser(prog="livebot", description="Chatbot for live-commerce stream chats.")
    parser.add_argument("--version", action="version", version=f"livebot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = sub.add_parser("run", help="run the bot (console adapter by default)",
                         description="Run the bot with the adapters enabled in the config. With --script, replay "
                                     "a chat script on a simulated clock and print every bot action.")
    add_config_args(run)
    add_log_args(run)
    run.add_argument("--script", type=Path, help="replay this chat script non-interactively")
    run.add_argument("--transcript", type=Path, help="with --script: write one JSON object per bot action here")
    run.set_defaults(func=cmd_run)

    config = sub.add_parser("config", help="config tools")
    config_sub = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    check = config_sub.add_parser("check", help="validate a config file; prints OK or file:line key: error")
    check.add_argument("path", type=Path, nargs="?", default=DEFAULT_CONFIG)
    check.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY.PATH=VALUE")
    check.set_defaults(func=cmd_config_check)

    version = sub.add_parser("version", help="print the version")
    version.set_defaults(func=cmd_version)

    for module in cli_modules():
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
