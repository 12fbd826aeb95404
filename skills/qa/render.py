"""Answer wording in English and Chinese. Every number shown comes from a fact passed in."""

from __future__ import annotations

from decimal import Decimal

SYMBOLS = {"USD": "$", "CAD": "CA$", "AUD": "A$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "RMB": "¥",
           "HKD": "HK$", "SGD": "S$", "NZD": "NZ$", "INR": "₹"}
ZH_UNITS = {"USD": "美元", "CNY": "元", "RMB": "元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元", "HKD": "港币",
            "CAD": "加元", "AUD": "澳元"}


def money(amount: Decimal, currency: str, lang: str) -> str:
    """$57, $32.50, 57美元; whole amounts without decimals, others with exactly two."""
    amount = Decimal(amount)
    num = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    cur = (currency or "USD").upper()
    if lang == "zh" and cur in ZH_UNITS:
        return f"{num}{ZH_UNITS[cur]}"
    sym = SYMBOLS.get(cur)
    return f"{sym}{num}" if sym else f"{num} {cur}"


def join(items: list[str], lang: str, word: str = "and") -> str:
    items = [i for i in items if i]
    if lang == "zh":
        return "、".join(items)
    if len(items) <= 1:
        return "".join(items)
    conj = {"and": "and", "or": "or"}[word]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def shown(value: str, lang: str) -> str:
    """An option value as Chinese viewers read it: colours in Chinese ("蓝色"), others as they are."""
    if lang != "zh":
        return value
    from skills.qa.text import COLOURS

    key = value.strip().lower()
    key = "gray" if key == "grey" else key
    if COLOURS.get(key):
        return COLOURS[key][0]
    # shade names a listing gives (not generic colours the option reader treats as such): Chinese and the name
    return f"{_SHADES[key]}（{value.strip()}）" if key in _SHADES else value


_SHADES = {"tan": "棕褐色", "sage": "鼠尾草绿", "lilac": "淡紫色", "mint": "薄荷绿", "cream": "奶油色", "rose": "玫瑰色",
           "coral": "珊瑚色", "sky blue": "天蓝色", "charcoal": "炭灰色", "sand": "沙色", "space grey": "深空灰",
           "space gray": "深空灰", "midnight": "午夜色", "clay": "陶土色", "rainbow": "彩虹色"}


def count_left(n: int, lang: str) -> str:
    return f"还剩{n}件" if lang == "zh" else f"{n} left"


T = {
    "price": {"en": "{name} is {price}.", "zh": "{name}的价格是{price}。"},
    "addon_note": {"en": " (Also sold with {addon}.)", "zh": "（也有带{addon}的版本。）"},
    "price_promo": {"en": "{name} is {price} right now (flash sale: {pct}% off).",
                    "zh": "{name}现在限时特价{price}（优惠{pct}%）。"},
    "price_was": {"en": "{name} is on sale: {price} (was {was}).", "zh": "{name}正在打折：{price}（原价{was}）。"},
    "was_note": {"en": " (was {was})", "zh": "（原价{was}）"},
    "price_range_sale": {"en": "{name} is on sale: {detail}.", "zh": "{name}正在打折：{detail}。"},
    "price_range": {"en": "{name} is {low} to {high} depending on the option: {detail}.",
                    "zh": "{name}的价格是{low}到{high}，按规格不同：{detail}。"},
    "no_such_option": {"en": " (It doesn't come in {value}.)", "zh": "（没有{value}。）"},
    "sold_out_note": {"en": " It's sold out right now.", "zh": "目前已售罄。"},
    "in_stock_total": {"en": "Yes, {name} is in stock ({n} left across all options).",
                       "zh": "有货！{name}还有库存，共{n}件。"},
    "in_stock_single": {"en": "Yes, {name} is in stock ({n} left).", "zh": "有货！{name}还剩{n}件。"},
    "in_stock_untracked": {"en": "Yes, {name} is available.", "zh": "有货，{name}可以下单。"},
    "sold_out": {"en": "Sorry, {name} is sold out right now.", "zh": "抱歉，{name}目前已售罄。"},
    "variant_in_stock": {"en": "Yes, {name} in {opt} is in stock ({n} left).",
                         "zh": "有货！{name} {opt}还剩{n}件。"},
    "variant_available": {"en": "Yes, {name} in {opt} is available.", "zh": "有货，{name} {opt}可以下单。"},
    "variant_sold_out": {"en": "{name} comes in {opt}, but it is sold out right now.", "zh": "{name}有{opt}，但目前已售罄。"},
    "alternatives": {"en": " Still available: {alts}.", "zh": "还有：{alts}。"},
    "group_in_stock": {"en": "Yes, {name} in {opt} is in stock in {values} ({n} left).",
                       "zh": "有货！{name} {opt}有这些可选：{values}（共{n}件）。"},
    "group_sold_out": {"en": "{name} comes in {opt}, but it is sold out in every option right now.",
                       "zh": "{name}有{opt}，但目前全部售罄。"},
    "combo_missing": {"en": "No, {name} doesn't come in {opt}.", "zh": "没有，{name}没有{opt}这个组合。"},
    "not_offered": {"en": "No, {name} doesn't come in {value}. {option} available: {values}.",
                    "zh": "没有，{name}没有{value}，只有：{values}。"},
    "list_values": {"en": "{name} comes in {values}.", "zh": "{name}有这些{option}：{values}。"},
    "attr_yes": {"en": "Yes: {fact} ({name}).", "zh": "可以的：{fact}（{name}）。"},
    "attr_no": {"en": "No: {fact} ({name}).", "zh": "不行：{fact}（{name}）。"},
    "attr_fact": {"en": "{name}: {fact}.", "zh": "{name}：{fact}。"},
    "attr_unknown": {"en": "Sorry, I don't know: the listing for {name} doesn't say {topic}.",
                     "zh": "抱歉，{name}的商品信息里没有说明{topic}，我不确定。"},
    "no_sale": {"en": "Sorry, I don't know of any sale on {name} right now.",
                "zh": "抱歉，{name}目前暂无优惠活动信息，我不清楚。"},
    # "is it back yet?": the state now, said plainly; "when will it be back?": the state, and that no date is known
    "back_yet_sold_out": {"en": "No, {name} is still sold out right now.", "zh": "还没有，{name}目前仍然售罄。"},
    "restock_sold_out": {"en": "{name} is sold out right now, and no restock date is listed, so I don't know when it "
                                "will be back.", "zh": "{name}目前已售罄，暂无补货时间信息，我不清楚什么时候补货。"},
    "restock": {"en": "Sorry, I don't know when {name} will be restocked: no restock date is listed.",
                "zh": "抱歉，{name}暂无补货时间信息，我不清楚什么时候补货。"},
    "compare_price": {"en": "{a} is {pa} and {b} is {pb}: {cheaper} is {diff} cheaper.",
                      "zh": "{a}是{pa}，{b}是{pb}，{cheaper}便宜{diff}。"},
    "compare_same": {"en": "{a} and {b} are the same price: {pa}.", "zh": "{a}和{b}价格一样，都是{pa}。"},
    "compare_one": {"en": "I couldn't find the second product to compare with {a}. Which one do you mean?",
                    "zh": "没有找到要和{a}比较的另一款商品，可以再说一下名字吗？"},
    "we_have": {"en": "Yes, we have {n} of those, for example {names}. Which one would you like to know about?",
                "zh": "有的，我们有{n}款，比如{names}。想了解哪一款？"},
    "did_you_mean": {"en": "Sorry, we don't have that exact item. Did you mean the {name}?",
                     "zh": "抱歉，没有找到这款商品。您是说{name}吗？"},
    "policy_unknown": {"en": "Sorry, I don't know the shop's policy on that. Please ask the host!",
                       "zh": "抱歉，这个店铺政策我不清楚，请问问主播哦！"},
    "cheapest": {"en": "The cheapest of our {n} is {name} at {price}.", "zh": "{n}款里最便宜的是{name}，{price}。"},
    "priciest": {"en": "The most expensive of our {n} is {name} at {price}.", "zh": "{n}款里最贵的是{name}，{price}。"},
    "cheapest_many": {"en": "The cheapest of our {n} are {name}, each {price}.", "zh": "{n}款里最便宜的是{name}，都是{price}。"},
    "priciest_many": {"en": "The most expensive of our {n} are {name}, each {price}.",
                      "zh": "{n}款里最贵的是{name}，都是{price}。"},
    "which_one": {"en": "Not sure which one you mean: {names}?", "zh": "不确定您问的是哪一款：{names}？"},
    "which_product": {"en": "Sorry, I couldn't find that product. Which one do you mean? The name as listed helps.",
                      "zh": "抱歉，没有找到您说的这款商品。是哪一款呢？可以告诉我商品名称（英文名也可以）。"},
    "not_found": {"en": "Sorry, I couldn't find that in our catalog, so I can't say. We may not carry it.",
                  "zh": "抱歉，商品目录中没有找到这款商品，我们可能没有卖。"},
    "unknown": {"en": "Sorry, I don't know that one. Try asking about a product's price, sizes or stock.",
                "zh": "抱歉，这个我不清楚。可以问我商品的价格、尺码或库存哦。"},
    "faq_yes": {"en": "Yes! {sentence}", "zh": "可以的！{sentence}"},
    "faq_no": {"en": "No, sorry. {sentence}", "zh": "不行，抱歉。{sentence}"},
    "faq": {"en": "{answer}", "zh": "{answer}"},
    "faq_en": {"en": "{answer}", "zh": "{lead}（店铺说明原文如下）{answer}"},
    "made_of": {"en": "{name} is made of {fact}.", "zh": "{name}的材质是{fact}。"},
    "greeting": {"en": "Hi{user}! Welcome to the stream. Ask me anything about the products: price, sizes, stock.",
                 "zh": "{user_zh}你好，欢迎来到直播间！商品的价格、尺码、库存都可以问我哦～"},
    "chitchat": {"en": "Thanks for hanging out{user}! Ask me anything about the products on stream.",
                 "zh": "谢谢{user_zh}支持！有商品问题随时问我～"},
}

TOPIC_WORDS = {
    "care": ("how to wash it", "洗涤方式"), "material": ("the material", "材质"), "warranty": ("a warranty", "保修"),
    "origin": ("where it is made", "产地"), "fit": ("the fit", "版型"), "length": ("the length", "长度"),
    "dimensions": ("the dimensions", "尺寸"), "water": ("whether it is waterproof", "防水性能"),
    "pockets": ("pockets", "口袋"), "weight": ("the weight", "重量"), "climate": ("the climate", "适用天气"),
    "eco": ("eco credentials", "环保信息"), "battery": ("the battery", "电池"), "gender": ("who it is for", "适用人群"),
    "style": ("the style", "款式"), "pattern": ("the pattern", "图案"), "shelf life": ("the shelf life", "保质期"),
    "breathable": ("whether it is breathable", "透气性"), "stretch": ("whether it stretches", "弹性"),
    "uv": ("sun protection", "防晒性能"), "taste": ("how it tastes", "风味"),
}


def say(key: str, lang: str, **kw: object) -> str:
    table = T[key]
    if isinstance(kw.get("fact"), str):
        kw["fact"] = str(kw["fact"]).rstrip(". 。")
    return table.get(lang, table["en"]).format(**kw)


def topic_words(topic: str | None, words: list[str], lang: str) -> str:
    if topic in TOPIC_WORDS:
        return TOPIC_WORDS[topic][1 if lang == "zh" else 0]
    if words:
        return " ".join(words) if lang != "zh" else "“" + " ".join(words) + "”"
    return "that" if lang != "zh" else "这一点"


# Chinese lead-ins for FAQ answers the shop wrote in English only, by the entry's concept (most specific first)
ZH_FAQ_ORDER = ("stack", "code", "first", "discount", "pickup", "crash", "damage", "missing", "return", "exchange", "cancel", "track",
                "duty", "cost", "dispatch",
                "ship", "pay", "gift", "stream")
ZH_FAQ_LEAD = {"stack": "关于优惠叠加：", "code": "关于优惠码：", "first": "关于新客优惠：", "discount": "关于优惠：",
               "return": "关于退货退款：", "exchange": "关于换货：", "cancel": "关于取消订单：", "track": "关于物流查询：",
               "duty": "关于关税：", "cost": "关于运费：", "dispatch": "关于发货时间：", "ship": "关于配送：",
               "pay": "关于付款方式：", "gift": "关于礼品：", "stream": "关于直播：", "pickup": "关于自提：",
               "crash": "关于摔车换新：", "damage": "关于商品损坏：", "missing": "关于缺件：", "opened": "关于拆封退货："}
