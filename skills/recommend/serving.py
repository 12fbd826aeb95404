"""Choosing products for one viewer, and saying it in one chat line.

Rules that hold whatever the model says: only products in the catalog and in stock, never one
the viewer already bought (or already engaged with), personal picks first, then what is popular
right now, then the product on screen; each pick carries a short reason. Products the model
cannot place yet (a new shop, a new product) fall back to the same catalog category.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from bot.catalog import Catalog, Product
from skills.recommend.profiles import Touch

VERBS = {"question": "asked about", "mention": "mentioned", "click": "picked", "buy": "picked",
         "purchase": "bought"}
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥"}


@dataclass(frozen=True)
class Pick:
    product: Product
    reason: str  # "because you asked about the Josie Yoga Jacket" / "popular right now" / "on screen now"
    personal: bool = False


def canonical_sku(catalog: Catalog, sku: str) -> str:
    """Variant SKUs count as their product; unknown SKUs stay as they are."""
    hit = catalog.lookup(sku)
    return hit[0].sku if hit else sku.strip()


def _available(catalog: Catalog, sku: str) -> Product | None:
    product = catalog.product(sku)
    return product if product is not None and product.in_stock else None


def because(touches: Sequence[Touch], sku: str, catalog: Catalog) -> str:
    kinds = [t for t in touches if t.sku == sku and t.weight > 0]
    if not kinds:
        return ""
    strongest = max(kinds, key=lambda t: (t.weight, t.ts))
    verb = VERBS.get(strongest.kind, "looked at")
    product = catalog.product(sku)
    return f"because you {verb} the {product.name}" if product else ""


def choose(*, model, catalog: Catalog, touches: Sequence[Touch], bought_kinds: Iterable[str], count: int,
           popular_now: Sequence[str], pinned: str | None, avoid: Iterable[str] = ()) -> list[Pick]:
    """Up to ``count`` picks for a viewer whose history is ``touches`` (oldest first)."""
    from skills.recommend.profiles import taste

    bought = {t.sku for t in touches if t.kind in set(bought_kinds)}
    engaged = {t.sku for t in touches if t.weight > 0}
    excluded = bought | engaged
    recently_shown = set(avoid) - excluded
    picks: list[Pick] = []
    taken: set[str] = set()

    def take(sku: str, reason: str, personal: bool = False) -> bool:
        if sku in excluded or sku in taken or sku in recently_shown:
            return False
        product = _available(catalog, sku)
        if product is None or product.sku in taken:
            return False
        picks.append(Pick(product, reason, personal))
        taken.add(product.sku)
        return len(picks) >= count

    if model is not None and engaged:
        items, weights = model.history_of(taste(touches))
        if len(items):
            scores = model.scores(items, weights)
            scores[items] = -np.inf
            chosen = []
            for i in _ranked(scores, want=max(50, count * 10)):
                sku = model.item_ids[i]
                if sku in excluded or sku in recently_shown or _available(catalog, sku) is None:
                    continue
                chosen.append(i)
                if len(chosen) + len(picks) >= count:
                    break
            for i, source in zip(chosen, model.explain(items, weights, chosen), strict=True):
                reason = because(touches, model.item_ids[source], catalog) if source is not None else ""
                if take(model.item_ids[i], reason or "picked for you", personal=True):
                    return picks
    # products the model cannot place yet (new shop, new product): same category as what they liked
    for sku in _newest_first(touches)[:5]:
        liked = catalog.product(sku)
        if liked is None or not liked.category:
            continue
        for product in catalog.products:
            if product.category == liked.category and take(product.sku, because(touches, sku, catalog)):
                return picks
    if pinned and take(canonical_sku(catalog, pinned), "on screen now"):
        return picks
    for sku in popular_now:
        if take(sku, "popular right now"):
            return picks
    fallback = list(model.item_ids[i] for i in np.argsort(-model.popularity, kind="stable")[:200]) \
        if model is not None else []
    fallback += [p.sku for p in catalog.products]
    for sku in fallback:
        if take(sku, "a favourite here" if model is not None else "worth a look"):
            return picks
    if len(picks) < count and recently_shown:  # few products left: repeating beats saying nothing
        recently_shown.clear()
        for sku in [*popular_now, *fallback]:
            if take(sku, "a favourite here"):
                break
    return picks


def _newest_first(touches: Sequence[Touch]) -> list[str]:
    order: dict[str, None] = {}
    for t in sorted((t for t in touches if t.weight > 0), key=lambda t: -t.ts):
        order.setdefault(t.sku)
    return list(order)


def _ranked(scores: np.ndarray, want: int) -> list[int]:
    finite = int(np.isfinite(scores).sum())
    want = min(want, finite)
    if want <= 0:
        return []
    top = np.argpartition(-scores, want - 1)[:want]
    return [int(i) for i in top[np.argsort(-scores[top], kind="stable")]]


def money(amount: Decimal, currency: str) -> str:
    text = f"{amount:,.2f}".removesuffix(".00")
    sign = CURRENCY_SIGNS.get(currency.upper())
    return f"{sign}{text}" if sign else f"{text} {currency}"


ZH_VERBS = {"asked about": "问过", "mentioned": "提到过", "picked": "选过", "bought": "买过", "looked at": "看过"}
ZH_REASONS = {"picked for you": "为你挑选", "on screen now": "正在展示", "popular right now": "大家都在看",
              "a favourite here": "直播间热门", "worth a look": "值得一看"}
_BECAUSE = re.compile(r"^because you (asked about|mentioned|picked|bought|looked at) the (.+)$")


def reason_in(lang: str, reason: str) -> str:
    """The pick's reason in the viewer's language (English reasons are the source)."""
    if lang != "zh":
        return reason
    match = _BECAUSE.match(reason)
    if match:
        return f"因为你{ZH_VERBS[match.group(1)]} {match.group(2)}"
    return ZH_REASONS.get(reason, reason)


def render(picks: Sequence[tuple[Pick, str]], limit: int, buy_hint: str, lang: str = "en") -> str:
    """``1) Name $56 2) ... — because you asked about X. !buy 1 for the link``, within ``limit``."""
    lead = "推荐给你：" if lang == "zh" else "You might like: "
    shown = list(picks)
    while shown:
        parts = [f"{n}) {pick.product.name} {price}" for n, (pick, price) in enumerate(shown, start=1)]
        reason = next((p.reason for p, _ in shown if p.personal and p.reason.startswith("because")), "")
        if not reason:
            reason = shown[0][0].reason
        text = f"{lead}{' '.join(parts)} ({reason_in(lang, reason)}). {buy_hint}"
        if len(text) <= limit:
            return text
        text = f"{lead}{' '.join(parts)}"
        if len(text) <= limit:
            return text
        shown.pop()
    if not picks:
        return ""
    pick, price = picks[0]  # even one name is too long: cut it at a word boundary
    text = f"{lead}{pick.product.name} {price}"
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rsplit(" ", 1)[0] + "…"
