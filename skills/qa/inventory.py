"""Price and stock facts of one product, worded: the price to quote (flash sales included, per-option
prices), stock down to the variant with in-stock alternatives, and the option values on offer."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from bot.catalog import Product, Variant
from skills.qa import options as O
from skills.qa.addon_values import plain_and_addon
from skills.qa.render import count_left, join, money, say, shown

PriceFn = Callable[[Product, Variant | None], tuple[Decimal, Decimal | None]]  # (price, percent off or None)


class Inventory:
    def __init__(self, price_fn: PriceFn, max_values: int = 8) -> None:
        self.price_fn = price_fn
        self.max_values = max_values

    def price(self, p: Product, req: O.OptionRequest, lang: str, with_was: bool = False) -> tuple[str, str, str]:
        """``with_was``: a sale was asked about, so the shop's "compare at" price is quoted as the old one."""
        variants = O.matching_variants(p, req.wanted) if req.wanted else p.variants
        if req.wanted and not variants:  # "200g Ground" when 200g comes only whole: no price to quote
            return say("combo_missing", lang, name=p.name, opt=self.opt_text(req.wanted, lang, p)), "variant", p.sku
        if len(variants) == 1 or not variants:
            v = variants[0] if variants else None
            amount, pct = self.price_fn(p, v)
            name = self.name_with(p, req, lang)
            was = self.was_price(p, amount, [v] if v is not None else None) if with_was else None
            if pct:
                text = say("price_promo", lang, name=name, price=money(amount, p.currency, lang), pct=_num(pct))
            elif was is not None:
                text = say("price_was", lang, name=name, price=money(amount, p.currency, lang),
                           was=money(was, p.currency, lang))
            else:
                text = say("price", lang, name=name, price=money(amount, p.currency, lang))
            if not p.in_stock:
                text += say("sold_out_note", lang)
            return text, "price", (v.sku if v is not None and req.wanted else p.sku)
        if not req.wanted and not with_was and (plain := plain_and_addon(p, variants)) is not None:
            # "how much is wingspan": the plain "Standard", not "Standard + Swift-Start Pack" as well
            amount, pct = self.price_fn(p, plain[0])
            if not pct:
                text = say("price", lang, name=p.name, price=money(amount, p.currency, lang))
                return text + say("addon_note", lang, addon=plain[1]), "price", p.sku
        quoted = [(v, *self.price_fn(p, v)) for v in variants]
        prices = sorted({q[1] for q in quoted})
        if len(prices) == 1:
            amount, pct = quoted[0][1], quoted[0][2]
            was = None if pct or not with_was else self.was_price(p, amount, variants)
            key = "price_promo" if pct else "price_was" if was is not None else "price"
            text = say(key, lang, name=self.name_with(p, req, lang), price=money(amount, p.currency, lang),
                       pct=_num(pct or 0), was=money(was, p.currency, lang) if was is not None else "")
            if not p.in_stock:
                text += say("sold_out_note", lang)
            return text, "price", p.sku
        driver = self.price_driver(p, variants)
        detail, any_was = [], False
        for amount in prices:
            vals = sorted({v.options.get(driver, v.title) for v, a, _ in quoted if a == amount} - {None, ""}) if driver else []
            shown = money(amount, p.currency, lang)
            was = self.was_price(p, amount, variants) if with_was and not any(q[2] for q in quoted) else None
            if was is not None:  # a sale was asked about: each option's old price beside its own
                shown += say("was_note", lang, was=money(was, p.currency, lang))
                any_was = True
            label = "/".join(vals)
            detail.append(label if shown in label else f"{label} {shown}".strip())
        if any_was:
            return say("price_range_sale", lang, name=p.name, detail=join(detail, lang)), "price", p.sku
        return say("price_range", lang, name=p.name, low=money(prices[0], p.currency, lang),
                   high=money(prices[-1], p.currency, lang), detail=join(detail, lang)), "price", p.sku

    def was_price(self, p: Product, amount: Decimal, variants: list[Variant] | None = None) -> Decimal | None:
        """The shop's "compare at" price, when it certainly belongs to the quoted price. Per variant (Shopify):
        every quoted variant at this price has the same "was" above it. Per product (one "was" for all):
        every variant costs the same and that is what is quoted."""
        quoted = [v for v in (variants if variants is not None else p.variants) if p.variant_price(v) == amount]
        if any(v.compare_at_price is not None for v in p.variants):
            olds = {v.compare_at_price for v in quoted}
            was = olds.pop() if len(olds) == 1 else None
            return was if was is not None and was > amount else None
        was = p.compare_at_price
        if was is None or was <= amount or amount != p.price:
            return None
        return was if len({p.variant_price(v) for v in p.variants}) <= 1 else None

    def on_sale(self, p: Product) -> bool:
        """Does the shop list any of the product's variants below a "compare at" price?"""
        if any(v.compare_at_price is not None for v in p.variants):
            return any(v.compare_at_price > p.variant_price(v) for v in p.variants if v.compare_at_price)
        return self.was_price(p, p.price) is not None

    def price_driver(self, p: Product, variants: list[Variant]) -> str | None:
        for name in p.option_names():
            seen: dict[str, Decimal] = {}
            if all(seen.setdefault(v.options.get(name, ""), p.variant_price(v)) == p.variant_price(v) for v in variants):
                return name
        return None

    def stock(self, p: Product, lang: str) -> str:
        if not p.in_stock:
            return say("sold_out", lang, name=p.name)
        total = p.total_stock
        if total is None:
            return say("in_stock_untracked", lang, name=p.name)
        key = "in_stock_total" if len(p.variants) > 1 else "in_stock_single"
        return say(key, lang, name=p.name, n=total)

    def variant_stock(self, p: Product, req: O.OptionRequest, lang: str) -> tuple[str, str, str]:
        vs = O.matching_variants(p, req.wanted)
        opt = self.opt_text(req.wanted, lang, p)
        if not vs:
            return say("combo_missing", lang, name=p.name, opt=opt), "variant", p.sku
        if len(vs) == 1:
            v = vs[0]
            if v.stock is None:
                return say("variant_available", lang, name=p.name, opt=opt), "stock", v.sku
            if v.stock > 0:
                return say("variant_in_stock", lang, name=p.name, opt=opt, n=v.stock), "stock", v.sku
            text = say("variant_sold_out", lang, name=p.name, opt=opt)
            alts = self.alternatives(p, v, req, lang)
            if alts:
                text += say("alternatives", lang, alts=join(alts, lang))
            return text, "stock", v.sku
        in_stock = [v for v in vs if v.in_stock]
        if not in_stock:
            return say("group_sold_out", lang, name=p.name, opt=opt), "stock", p.sku
        others = [n for n in p.option_names() if n not in req.wanted]
        values = [self.variant_label(v, others, lang) for v in in_stock]
        n = sum(v.stock or 0 for v in in_stock) if all(v.stock is not None for v in in_stock) else len(in_stock)
        listed = values[: self.max_values]
        if len(values) > len(listed):  # a cut list must not read as if the rest were sold out
            listed.append(f"{len(values) - len(listed)} more" if lang == "en" else f"另有{len(values) - len(listed)}款")
        text = say("group_in_stock", lang, name=p.name, opt=opt, values=join(listed, lang), n=n)
        gone = [" ".join(shown(v.options.get(k, ""), lang) for k in others).strip() for v in vs if not v.in_stock]
        if gone and all(gone):  # "emerald, still available?": the shimmer is, the matte is not; never half a yes
            text += (f" {join(gone, lang)} is sold out." if lang == "en" else f"{join(gone, lang)}已售罄。")
        return text, "stock", p.sku

    @staticmethod
    def variant_label(v: Variant, names: list[str], lang: str) -> str:
        return " ".join(shown(v.options.get(n, ""), lang) for n in names).strip() or v.title or v.sku

    def alternatives(self, p: Product, sold: Variant, req: O.OptionRequest, lang: str) -> list[str]:
        """Every in-stock variant sharing the asked colour (or the first asked option), compactly:
        "Purple XS (11 left), S (56 left), M (39 left) and L (21 left)"; past ``max_values``, "and N more".
        Never a short list that reads as if the rest were gone."""
        anchor = O.colour_option(p) if O.colour_option(p) in req.wanted else \
            next((n for n in p.option_names() if n in req.wanted), None)  # the shop's first option, not the first read
        found: list[Variant] = []
        keep: str | None = None
        for keep in ([anchor, None] if anchor and len(req.wanted) > 1 else [None]):
            found = [v for v in p.variants if v is not sold and v.in_stock
                     and not (keep and v.options.get(keep) != sold.options.get(keep))]
            if found:
                break
        out: list[str] = []
        for i, v in enumerate(found[: self.max_values]):
            # the shared value is said once, on the first: "Purple XS, S, M"
            opts = v.options if i == 0 or not keep else {k: x for k, x in v.options.items() if k != keep}
            label = self.opt_text(opts, lang, p) or v.title or v.sku
            out.append(f"{label} ({count_left(v.stock, lang)})" if v.stock is not None else label)
        more = len(found) - len(out)
        if more > 0:
            out.append(f"{more} more" if lang == "en" else f"另有{more}款")
        return out

    def list_values(self, p: Product, lang: str, only: str | None = None) -> str:
        parts = []
        for name in ([only] if only else p.option_names()):
            vals = [shown(x, lang) for x in O.values_of(p, name)]
            if vals:
                label = self.option_label(name, lang)
                parts.append(f"{label} {join(vals[: self.max_values], lang)}" if lang == "en" else
                             f"{label}：{join(vals[: self.max_values], lang)}")
        if not parts:
            return say("attr_fact", lang, name=p.name, fact="one option only" if lang == "en" else "只有一种规格")
        if lang == "en":
            return f"{p.name} comes in: " + "; ".join(parts) + "."
        return f"{p.name}有这些选择：" + "；".join(parts) + "。"

    def option_label(self, name: str | None, lang: str) -> str:
        n = (name or "").lower().strip()
        if lang == "zh":
            return "颜色" if n in ("colour", "color", "colours", "colors") else "尺码" if n in ("size", "sizes") else (name or "规格")
        if n in ("colour", "color", "colours", "colors"):
            return "Colours"
        return "Sizes" if n in ("size", "sizes") else (name or "Options")

    def opt_text(self, wanted: dict[str, str], lang: str, p: Product | None = None) -> str:
        """Option values to show, colour first ("Blue M", "蓝色 M")."""
        colour = O.colour_option(p) if p is not None else None
        keys = sorted(wanted, key=lambda k: k != colour)
        return " ".join(shown(wanted[k], lang) for k in keys)

    def name_with(self, p: Product, req: O.OptionRequest, lang: str) -> str:
        return f"{p.name} ({req.label()})" if req.wanted else p.name



def _num(value: Decimal | float | int) -> str:
    d = Decimal(str(value))
    return f"{d:f}".rstrip("0").rstrip(".") if "." in f"{d:f}" else f"{d:f}"
