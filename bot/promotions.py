"""Running promotions (flash sales). Every skill that quotes a price asks here first.

The discounted price is always computed from the catalog price, never typed by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from bot.catalog import Product, Variant


@dataclass(frozen=True)
class Promotion:
    sku: str  # product SKU
    percent: Decimal  # 20 means 20% off
    starts: float
    ends: float
    channel: tuple[str, str] | None = None  # None: everywhere

    def active(self, now: float) -> bool:
        return self.starts <= now < self.ends


def discounted(price: Decimal, percent: Decimal) -> Decimal:
    return (price * (Decimal(100) - percent) / Decimal(100)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class PromotionBook:
    def __init__(self) -> None:
        self._by_sku: dict[str, Promotion] = {}

    def start(self, promo: Promotion) -> None:
        self._by_sku[promo.sku.lower()] = promo

    def end(self, sku: str) -> Promotion | None:
        return self._by_sku.pop(sku.lower(), None)

    def active(self, sku: str, now: float) -> Promotion | None:
        promo = self._by_sku.get(sku.lower())
        return promo if promo is not None and promo.active(now) else None

    def all_active(self, now: float) -> list[Promotion]:
        return [p for p in self._by_sku.values() if p.active(now)]

    def price(self, product: Product, variant: Variant | None, now: float) -> tuple[Decimal, Promotion | None]:
        """The price to quote now: the catalog price, less a running flash sale."""
        base = product.variant_price(variant)
        promo = self.active(product.sku, now)
        return (discounted(base, promo.percent), promo) if promo else (base, None)
