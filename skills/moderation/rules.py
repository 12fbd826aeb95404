"""Chat rules: cheap checks on one message plus the short memories they need (floods, raids).

Every window reads the bot's clock (passed in as ``now``), so tests on a manual clock are exact.
``RuleBook.check`` returns the first rule a message breaks as (category, reason), or None.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict, deque
from dataclasses import dataclass, field

from skills.moderation.config import Rules

_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|net|org|io|gg|tv|ly|me|co|uk|de|ru|cn|xyz|shop|store|link|info|biz|app|site|online|top|club|live"
    r"|us|be|to|cc|ws|tk|ml|ga|cf)\b(?:/[^\s<>\"']*)?",
    re.IGNORECASE)
_HOST = re.compile(r"^(?:https?://)?([^/:?#\s]+)", re.IGNORECASE)
_MENTION = re.compile(r"(?<!\w)@\w+")


def find_links(text: str) -> list[str]:
    return _URL.findall(text)


def link_host(link: str) -> str:
    m = _HOST.match(link)
    return (m.group(1) if m else link).lower().rstrip(".")


def host_allowed(host: str, domains: list[str]) -> bool:
    """Exactly the domain or one of its subdomains: 'luma.example.evil.com' is not 'luma.example'."""
    host = host.removeprefix("www.")
    return any(host == d or host.endswith("." + d) for d in domains)


def strip_allowed_links(text: str, domains: list[str]) -> str:
    """The text without links to allowed domains, so the shop's own link never looks like spam.

    The allowed domains are matched by name too, whatever their top-level domain (a shop on
    ``.example`` or a new gTLD is still the shop).
    """
    if not domains or ("." not in text):
        return text
    text = _URL.sub(lambda m: "" if host_allowed(link_host(m.group(0)), domains) else m.group(0), text)
    return _own_domains(tuple(domains)).sub("", text)


def mentions_allowed_domain(text: str, domains: list[str]) -> bool:
    return bool(domains) and "." in text and _own_domains(tuple(domains)).search(text) is not None


@functools.lru_cache(maxsize=64)
def _own_domains(domains: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(d) for d in sorted(domains, key=len, reverse=True))
    return re.compile(rf"(?i)(?:https?://)?(?:[a-z0-9-]+\.)*(?:{names})\b(?:/[^\s<>\"']*)?")


def caps_ratio(text: str, emotes: frozenset[str]) -> tuple[float, int]:
    """Share of upper-case letters among cased letters, emote words left out; and that letter count."""
    upper = letters = 0
    for word in text.split():
        if word in emotes:
            continue
        for ch in word:
            if ch.isupper():
                upper += 1
                letters += 1
            elif ch.islower():
                letters += 1
    return (upper / letters if letters else 0.0), letters


def symbol_ratio(text: str, emotes: frozenset[str]) -> tuple[float, int]:
    """Share of characters that are neither letters, digits nor spaces (emoji, symbols)."""
    symbols = chars = 0
    for word in text.split():
        if word in emotes:
            chars += len(word)
            continue
        for ch in word:
            chars += 1
            if not ch.isalnum():
                symbols += 1
    return (symbols / chars if chars else 0.0), chars


def blocked_pattern(terms: list[str], normalize) -> re.Pattern[str] | None:  # noqa: ANN001
    """One regex for all blocked terms, normalised like messages; Latin terms match whole words."""
    parts = []
    for term in terms:
        norm = normalize(term)
        if not norm:
            continue
        body = re.escape(norm)
        parts.append(rf"(?<![a-z0-9]){body}(?![a-z0-9])" if norm.isascii() else body)
    return re.compile("|".join(parts)) if parts else None


@dataclass(slots=True)
class _Seen:
    """One channel's short memory."""

    # (user) -> recent (time, normalised text)
    recent: dict[str, deque[tuple[float, str]]] = field(default_factory=lambda: defaultdict(deque))
    # normalised text -> recent (time, user id, message id, author) for raid detection
    copies: dict[str, deque[tuple[float, str, object]]] = field(default_factory=lambda: defaultdict(deque))
    first_seen: set[str] = field(default_factory=set)
    last_prune: float = 0.0


@dataclass(slots=True)
class Hit:
    category: str
    reason: str
    # for a raid: the earlier messages of the same raid, (message, author) pairs to remove too
    also: list[object] = field(default_factory=list)


class RuleBook:
    """Rule checks and the per-channel memory behind them."""

    def __init__(self) -> None:
        self._channels: dict[tuple[str, str], _Seen] = defaultdict(_Seen)
        self._emotes_cache: dict[tuple[str, ...], frozenset[str]] = {}

    def _emotes(self, rules: Rules) -> frozenset[str]:
        key = tuple(rules.emotes)
        found = self._emotes_cache.get(key)
        if found is None:
            found = self._emotes_cache[key] = frozenset(key)
        return found

    def check(self, *, key: tuple[str, str], user: str, text: str, norm: str, message: object, now: float,
              rules: Rules, domains: list[str], permitted: bool, blocked: re.Pattern[str] | None) -> Hit | None:
        seen = self._channels[key]
        self._prune(seen, now, rules)
        first = user not in seen.first_seen
        seen.first_seen.add(user)
        history = seen.recent[user]
        history.append((now, norm))
        if blocked is not None and blocked.search(norm):
            return Hit("blocked_term", "blocked term")
        if "." in text:
            foreign = [h for h in (link_host(u) for u in find_links(text)) if not host_allowed(h, domains)]
            if foreign and not permitted:
                if rules.links:
                    return Hit("link", f"link to {foreign[0]} not allowed")
                if first and rules.first_message_links:
                    return Hit("first_link", "a first message may not carry a link")
        if rules.raid and len(norm) >= rules.raid_min_chars:
            hit = self._raid(seen, user, norm, message, now, rules)
            if hit is not None:
                return hit
        if rules.repeat:
            cutoff = now - rules.repeat_window_seconds
            same = sum(1 for t, n in history if t >= cutoff and n == norm)
            if same >= rules.repeat_max:
                return Hit("repeat", "repeated message")
        if rules.rate:
            cutoff = now - rules.rate_window_seconds
            if sum(1 for t, _ in history if t >= cutoff) > rules.rate_max_messages:
                return Hit("rate", "too many messages")
        if rules.mentions and text.count("@") > rules.mentions_max and \
                len(_MENTION.findall(text)) > rules.mentions_max:
            return Hit("mentions", "too many mentions")
        if rules.caps:
            ratio, letters = caps_ratio(text, self._emotes(rules))
            if letters >= rules.caps_min_letters and ratio > rules.caps_max_ratio:
                return Hit("caps", "too many capitals")
        if rules.symbols and len(text) >= rules.symbols_min_chars:
            ratio, chars = symbol_ratio(text, self._emotes(rules))
            if chars >= rules.symbols_min_chars and ratio > rules.symbols_max_ratio:
                return Hit("symbols", "symbol or emoji flood")
        return None

    def _raid(self, seen: _Seen, user: str, norm: str, message: object, now: float, rules: Rules) -> Hit | None:
        copies = seen.copies[norm]
        cutoff = now - rules.raid_window_seconds
        while copies and copies[0][0] < cutoff:
            copies.popleft()
        copies.append((now, user, message))
        accounts = {u for _, u, _ in copies}
        if len(accounts) < rules.raid_accounts:
            return None
        # the message that tips it over also takes down the earlier copies still in the window
        earlier = [m for _, u, m in copies if m is not message and m is not None]
        for i, entry in enumerate(copies):  # mark earlier copies as handled so they are removed once
            copies[i] = (entry[0], entry[1], None)
        return Hit("raid", f"copy-paste raid ({len(accounts)} accounts)", also=earlier)

    def _prune(self, seen: _Seen, now: float, rules: Rules) -> None:
        # drop memories older than any window, at most once a minute (keeps the hot path cheap)
        if now - seen.last_prune < 60:
            return
        seen.last_prune = now
        horizon = now - max(rules.repeat_window_seconds, rules.rate_window_seconds, rules.raid_window_seconds, 60)
        for store in (seen.recent, seen.copies):
            for k in list(store):
                q = store[k]
                while q and q[0][0] < horizon:
                    q.popleft()
                if not q:
                    del store[k]

    def forget(self, user: str) -> int:
        removed = 0
        for seen in self._channels.values():
            removed += len(seen.recent.pop(user, ()))
            seen.first_seen.discard(user)
            for q in seen.copies.values():
                kept = [e for e in q if e[1] != user]
                removed += len(q) - len(kept)
                q.clear()
                q.extend(kept)
        return removed
