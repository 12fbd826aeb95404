"""The facts one piece of copy may state about a product, taken from the catalog and running sales.

Both the template engine and the LLM prompt read from a ``ProductFacts``; the grounding check
compares every price, percentage and number in a draft against the same object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from bot.catalog import Product
from bot.promotions import PromotionBook

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "HKD": "HK$"}
_SIZE_KEYS = ("size", "尺码", "尺寸")
_COLOUR_KEYS = ("colour", "color", "颜色")
# Shopify's placeholder option for products without real variants
_PLACEHOLDER_VALUES = {"default title", "default", "n/a"}
# a lone value like this says nothing worth a line of copy
_UNINFORMATIVE_ALONE = {"one size", "onesize", "os", "free size", "均码", "单一尺码"}
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def format_money(amount: Decimal, currency: str) -> str:
    """``$35`` for whole amounts, ``$28.80`` otherwise; unknown currencies as ``35 CHF``."""
    amount = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    symbol = _SYMBOLS.get(currency.upper())
    return f"{symbol}{text}" if symbol else f"{text} {currency.upper()}"


def format_percent(percent: Decimal) -> str:
    percent = percent.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{percent:.0f}%" if percent == percent.to_integral_value() else f"{percent:.1f}%"


@dataclass
class ProductFacts:
    sku: str
    name: str
    currency: str
    price_low: Decimal  # what a viewer pays now (a running flash sale included), cheapest in stock
    price_high: Decimal
    regular_low: Decimal  # the price without a flash sale
    regular_high: Decimal
    was: Decimal | None = None  # the "was" price, when there is a discount
    percent_off: Decimal | None = None
    sale_minutes_left: int | None = None  # a running flash sale ends in this many minutes
    brand: str = ""
    category: str = ""
    options: dict[str, list[str]] = field(default_factory=dict)  # option -> values in stock
    stock: int | None = None  # units in stock (None: not tracked)
    low_stock: bool = False
    features: list[str] = field(default_factory=list)
    blurb: str = ""
    in_stock: bool = True
    shop: str = ""
    url: str | None = None

    # ------------------------------------------------------------------ wording helpers
    def price_text(self) -> str:
        low = format_money(self.price_low, self.currency)
        return low if self.price_low == self.price_high else f"{low}–{format_money(self.price_high, self.currency)}"

    def was_text(self) -> str | None:
        return format_money(self.was, self.currency) if self.was is not None else None

    def percent_text(self) -> str | None:
        return format_percent(self.percent_off) if self.percent_off else None

    @property
    def ranged(self) -> bool:
        return self.price_low != self.price_high

    @property
    def sizes(self) -> list[str]:
        return next((v for k, v in self.options.items() if k.lower() in _SIZE_KEYS), [])

    @property
    def colours(self) -> list[str]:
        return next((v for k, v in self.options.items() if k.lower() in _COLOUR_KEYS), [])

    @property
    def other_options(self) -> dict[str, list[str]]:
        return {k: v for k, v in self.options.items() if k.lower() not in _SIZE_KEYS + _COLOUR_KEYS}

    # ------------------------------------------------------------------ the prompt's fact sheet
    def lines(self) -> list[str]:
        """The facts as ``key: value`` lines: the only thing the model is told about the product."""
        out = [f"name: {self.name}"]
        if self.brand:
            out.append(f"brand: {self.brand}")
        if self.category:
            out.append(f"category: {self.category}")
        out.append(f"price now: {self.price_text()}" + (" (depends on the variant)" if self.ranged else ""))
        if self.was is not None and self.percent_off:
            out.append(f"regular price: {self.was_text()}")
            out.append(f"discount: {self.percent_text()} off")
        if self.sale_minutes_left is not None:
            out.append(f"flash sale ends in: {self.sale_minutes_left} minutes")
        for key, values in self.options.items():
            out.append(f"{key} in stock: {', '.join(values)}")
        if self.low_stock and self.stock is not None:
            out.append(f"units left: {self.stock}")
        for feature in self.features:
            out.append(f"feature: {feature}")
        if self.blurb:
            out.append(f"description: {self.blurb}")
        if self.shop:
            out.append(f"shop: {self.shop}")
        if self.url:
            out.append(f"link: {self.url}")
        return out

    # ------------------------------------------------------------------ what a draft may say
    def allowed_prices(self) -> set[Decimal]:
        prices = {self.price_low, self.price_high, self.regular_low, self.regular_high}
        savings = {self.regular_low - self.price_low, self.regular_high - self.price_high}
        if self.was is not None:
            prices.add(self.was)
            savings.add(self.was - self.price_low)  # "save $7"
        prices |= {s for s in savings if s > 0}
        return {p.quantize(Decimal("0.01")) for p in prices}

    def allowed_percents(self) -> set[Decimal]:
        found = {Decimal(m) for line in self.lines() for m in re.findall(r"(\d+(?:\.\d+)?)\s?%", line)}
        if self.percent_off:
            found |= {self.percent_off, self.percent_off.quantize(Decimal("1"), rounding=ROUND_HALF_UP)}
        return found

    def allowed_numbers(self) -> set[Decimal]:
        """Every number that appears anywhere in the fact sheet (sizes, stock, inseams, prices...)."""
        numbers: set[Decimal] = set()
        for line in self.lines():
            for match in NUMBER.findall(line):
                value = parse_number(match)
                if value is not None:
                    numbers.add(value)
        numbers |= self.allowed_prices() | self.allowed_percents()
        return numbers


def parse_number(text: str) -> Decimal | None:
    """``1,299`` -> 1299, ``35,50`` -> 35.50 (a decimal comma), ``28.8`` -> 28.8."""
    text = text.strip()
    decimal_comma = re.fullmatch(r"\d+,\d{1,2}", text) is not None
    text = text.replace(",", "." if decimal_comma else "")
    try:
        return Decimal(text).normalize()
    except ArithmeticError:
        return None


def _first_sentence(text: str, limit: int = 220) -> str:
    text = " ".join(re.sub(r"<[^>]+>", " ", text).split())  # shop exports may carry HTML
    match = re.match(r"(.+?[.!?。！？])(\s|$)", text)
    sentence = match.group(1) if match else text
    return sentence if len(sentence) <= limit else ""


def product_facts(product: Product, promotions: PromotionBook | None, now: float, *, shop: str = "",
                  low_stock_threshold: int = 10, max_features: int = 4) -> ProductFacts:
    in_stock = [v for v in product.variants if v.in_stock] or list(product.variants)
    current: list[Decimal] = []
    regular: list[Decimal] = []
    promo = promotions.active(product.sku, now) if promotions is not None else None
    for variant in in_stock or [None]:
        regular.append(product.variant_price(variant))
        current.append(promotions.price(product, variant, now)[0] if promotions is not None else regular[-1])
    facts = ProductFacts(
        sku=product.sku, name=product.name, currency=product.currency,
        price_low=min(current), price_high=max(current), regular_low=min(regular), regular_high=max(regular),
        brand=product.brand, category=product.category.split(">")[-1].strip(), shop=shop, url=product.url,
        in_stock=product.in_stock,
    )
    if promo is not None:
        facts.was, facts.percent_off = facts.regular_low, promo.percent
        facts.sale_minutes_left = max(1, round((promo.ends - now) / 60))
    elif product.compare_at_price is not None and product.compare_at_price > facts.price_low:
        facts.was = product.compare_at_price
        facts.percent_off = ((facts.was - facts.price_low) * 100 / facts.was).quantize(
            Decimal("1"), rounding=ROUND_HALF_UP)
    for name in product.option_names():
        values: list[str] = []
        for variant in in_stock:
            value = variant.options.get(name)
            if value and value.lower() not in _PLACEHOLDER_VALUES and value not in values and variant.in_stock:
                values.append(value)
        if values and not (len(values) == 1 and values[0].lower() in _UNINFORMATIVE_ALONE):
            facts.options[name] = values
    stock = sum(v.stock or 0 for v in product.variants) if all(v.stock is not None for v in product.variants) else None
    facts.stock = stock
    facts.low_stock = stock is not None and 0 < stock <= low_stock_threshold
    facts.features = [f.strip().rstrip(".") for f in product.features if f.strip()][:max_features]
    facts.blurb = _first_sentence(product.description)
    return facts
