"""Check a draft against the product's facts before anyone sees it.

Every price, percentage (and Chinese ``X折`` discount), and other number in the draft must be one
the facts hold; the product must be named exactly; no other catalog product may be named; no
links outside the shop, no @mentions, nothing that a chat platform would run as a command.
Returns the problems found; an empty list means the draft may be posted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from skills.copywriter.facts import NUMBER, ProductFacts, parse_number

_NUM = r"\d[\d,]*(?:\.\d+)?"
MONEY = re.compile(
    rf"(?:US\$|CA\$|A\$|HK\$|NT\$|[$€£¥￥])\s?(?P<a>{_NUM})"
    rf"|(?P<b>{_NUM})\s?(?:USD|EUR|GBP|CNY|RMB|dollars?\b|bucks\b|euros?\b|美元|美金|欧元|英镑|元|块)",
    re.IGNORECASE)
PERCENT = re.compile(rf"(?P<a>{_NUM})\s?(?:%|％|percent\b|per cent\b|pct\b)", re.IGNORECASE)
ZHE = re.compile(r"(?P<a>\d+(?:\.\d+)?)\s?折")
URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|shop|store|io|co|cn|me|ly|gg|tv)\b",
                 re.IGNORECASE)
MENTION = re.compile(r"(?<![\w.])@\w+")
# a line a chat platform (or another bot) could run: "/ban x", "!flash ...", ".timeout x"
COMMAND_LINE = re.compile(r"^\s*[/!.]\w", re.MULTILINE)
# the same anywhere in the text: a long message is split, and a part may start with it
COMMAND_WORD = re.compile(
    r"(?:^|\s)(?:[/.](?:ban|unban|timeout|untimeout|mod|unmod|vip|unvip|clear|raid|host|delete|announce|block|"
    r"w|whisper|me|color|commercial|marker|slow|emoteonly|followers|subscribers|uniquechat|shield|pin)|![a-z]\w*)\b",
    re.IGNORECASE)
MARKDOWN = re.compile(r"^\s*(?:#{1,6}\s|-{3,}|\*\*[^*]+\*\*\s*$)|\*\*\w", re.MULTILINE)
_TOLERANCE = Decimal("0.005")


def _matches(value: Decimal, allowed: Iterable[Decimal]) -> bool:
    return any(abs(value - a) <= _TOLERANCE for a in allowed)


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


def check_copy(text: str, facts: ProductFacts, *, other_names: Iterable[str] = (),
               allowed_domains: Iterable[str] = ()) -> list[str]:
    problems: list[str] = []
    if not text.strip():
        return ["the draft is empty"]
    covered: list[tuple[int, int]] = []

    prices = facts.allowed_prices()
    for m in MONEY.finditer(text):
        covered.append(m.span())
        value = parse_number(m.group("a") or m.group("b"))
        if value is None or not _matches(value, prices):
            problems.append(f"price {m.group(0).strip()!r} is not in the facts")

    percents = facts.allowed_percents()
    for m in PERCENT.finditer(text):
        covered.append(m.span())
        value = parse_number(m.group("a"))
        if value is None or not _matches(value, percents):
            problems.append(f"percentage {m.group(0).strip()!r} is not in the facts")

    for m in ZHE.finditer(text):
        covered.append(m.span())
        value = Decimal(m.group("a"))
        off = Decimal(100) - (value * 10 if value < 10 else value)
        if not _matches(off, percents):
            problems.append(f"discount {m.group(0)!r} is not in the facts")

    numbers = facts.allowed_numbers()
    for m in NUMBER.finditer(text):
        if any(start <= m.start() < end for start, end in covered):
            continue
        value = parse_number(m.group(0))
        if value is None or not _matches(value, numbers):
            problems.append(f"number {m.group(0)!r} is not in the facts")

    lowered = " ".join(text.lower().split())
    if " ".join(facts.name.lower().split()) not in lowered:
        problems.append(f"the product name {facts.name!r} is missing or changed")
    own = facts.name.lower()
    for name in other_names:
        low = name.lower()
        if len(low) >= 4 and low not in own and low in lowered:
            problems.append(f"names another product ({name!r})")

    domains = {d.lower().removeprefix("www.") for d in allowed_domains}
    if facts.url:
        domains.add(re.sub(r"^https?://(www\.)?", "", facts.url.lower()).split("/")[0])
    for m in URL.finditer(text):
        host = re.sub(r"^https?://(www\.)?|^www\.", "", m.group(0).lower()).split("/")[0].rstrip(".,!)")
        if not any(host == d or host.endswith("." + d) for d in domains):
            problems.append(f"link {m.group(0)!r} is not the shop's")
    if not any(True for _ in MONEY.finditer(text)):
        problems.append("the draft does not state the price")
    if MARKDOWN.search(text) or len([line for line in text.splitlines() if line.strip()]) > 3:
        problems.append("reads like a document, not a chat message (headings, markdown or many lines)")
    if MENTION.search(text):
        problems.append("mentions a user (@...)")
    if COMMAND_LINE.search(text) or COMMAND_WORD.search(text):
        problems.append("a line starts like a chat command")
    return problems
