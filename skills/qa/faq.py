"""Shop-policy questions: load the FAQ file and find the entry (and sentence) a question is about.

Entries are matched through *concepts* (shipping, duration, cost, returns, payment ...) spelled in
English and Chinese, plus plain word overlap, so "能寄到巴西吗" meets "Which countries do you ship
to?". Yes/no questions about one thing ("can I pay with PayPal", "do you ship to Brazil") get the
one sentence that mentions it, with its polarity read from the sentence itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from skills.qa.text import english_view, fold, has_cjk, split_sentences, stem, tokens

CONCEPTS: dict[str, list[str]] = {
    "ship": ["ship", "shipping", "shipped", "deliver", "delivery", "send", "post", "寄", "运送", "配送", "送到",
             "邮寄", "快递", "发到", "运费", "邮费", "包邮", "发货", "arrive", "arrival", "能到", "多久到", "寄到"],
    "duration": ["how long", "how many days", "days", "take", "arrive", "how fast", "how soon", "how quickly", "多久", "几天",
                 "多长时间", "多少天"],
    "cost": ["how much", "cost", "fee", "free", "charge", "price", "运费", "包邮", "免运费", "免费", "多少钱"],
    "country": ["country", "countries", "international", "worldwide", "where", "国家", "海外", "国际"],
    "dispatch": ["dispatch", "dispatched", "when will my order", "when do you ship", "发货", "ship out", "ships out",
                 "shipped out", "shipping out", "send out", "sent out", "sends out", "出货", "发出"],
    # not bare "track": product names have it ("Compete Track Tote")
    "track": ["track my order", "track my package", "track an order", "track the order", "track order", "tracking",
              "where is my order", "where's my order", "物流", "追踪", "单号", "查件"],
    "duty": ["duty", "duties", "customs", "import", "tax", "taxes", "关税", "税"],
    "return": ["return", "returns", "returned", "returnable", "returning", "refund", "refundable", "money back", "退货", "退款",
               "退"],
    "exchange": ["exchange", "swap", "different size", "换货", "换尺码", "换"],
    "pay": ["pay", "payment", "paying", "accept", "do you take", "cheque", "cheques", "bank transfer", "invoice", "card", "credit", "debit", "checkout", "付款", "支付", "付钱", "刷卡"],
    "discount": ["discount", "deal", "sale", "off", "优惠", "折扣", "打折"],
    "code": ["code", "codes", "coupon", "promo", "promo code", "voucher", "优惠码", "折扣码", "优惠券", "券"],
    "first": ["first order", "first-time", "first time", "new customer", "new customers", "newcomer", "welcome",
              "first purchase", "new buyer", "new buyers", "首单", "新客", "新用户", "第一次", "新顾客", "新人"],
    "stack": ["combine", "combined", "stack", "stackable", "two codes", "two discount", "2 codes", "2 discount", "both codes",
              "multiple codes", "more than one code", "more than one discount", "叠加", "同时用", "一起用", "两个优惠"],
    "cancel": ["cancel", "change my order", "modify", "取消", "修改订单", "改订单"],
    "gift": ["gift", "wrap", "wrapping", "礼品", "礼物", "礼品包装", "包装成礼", "送礼", "礼盒包装"],
    "stream": ["stream", "live", "直播"],
    # collecting an order in person ("可以自提吗", "click & collect"); never bare "collect" ("Autumn Collection")
    # nor bare "pick up" ("does it pick up pet hair")
    "pickup": ["pick up my order", "pick up the order", "pick up an order", "pick it up", "pick them up", "pick up in store",
               "pick up from", "pick up at", "pickup", "pick-up", "click & collect", "click and collect", "click collect",
               "click-and-collect", "collect in store", "collect from", "collect my order", "collect it", "self collect",
               "自提", "自取", "到店取", "门店取", "上门取货", "到店提货", "门店提货"],
    # the condition a return asks about: opened, unsealed, tried on ("耳塞拆封了还能退吗"); it only sharpens a policy
    # word, never makes one ("how is it opened?" is no policy question)
    "opened": ["opened", "opening", "unsealed", "seal broken", "tried on", "after opening", "拆封", "拆开", "开封",
               "打开了", "用过", "试戴", "试穿过"],
    # a crash replacement policy ("if i crash my helmet do i get anything"): a rider's crash, never "the stream
    # crashed"
    "crash": ["crash replacement", "i crash", "i crashed", "we crash", "crash my", "crashed my", "crash in", "crashed in",
              "crash with", "crashed with", "after a crash", "in a crash", "had a crash", "crash damage", "摔车", "撞车",
              "车祸"],
}

# Names people use for places and payment methods, mapped to how the FAQ's English spells them.
ALIASES: dict[str, list[str]] = {
    "United States": ["us", "usa", "u.s.", "america", "united states", "states", "美国"],
    "Canada": ["canada", "加拿大"], "United Kingdom": ["uk", "britain", "england", "united kingdom", "英国"],
    "European Union": ["eu", "europe", "germany", "france", "spain", "italy", "netherlands", "austria", "belgium",
                       "ireland", "portugal", "poland", "sweden", "denmark", "finland", "greece", "czechia",
                       "czech republic", "hungary", "romania", "luxembourg", "欧洲", "欧盟", "德国", "法国", "西班牙",
                       "意大利", "奥地利", "荷兰", "比利时", "爱尔兰", "葡萄牙", "波兰", "瑞典"],
    "Australia": ["australia", "aussie", "澳大利亚", "澳洲"], "Brazil": ["brazil", "巴西"],
    "India": ["india", "印度"], "Mexico": ["mexico", "墨西哥"], "China": ["china", "中国", "大陆", "国内"],
    "Japan": ["japan", "日本"], "New Zealand": ["new zealand", "新西兰"], "Singapore": ["singapore", "新加坡"],
    "Korea": ["korea", "韩国"], "Russia": ["russia", "俄罗斯"], "Hong Kong": ["hong kong", "香港"],
    "Taiwan": ["taiwan", "台湾"], "Malaysia": ["malaysia", "马来西亚"], "Switzerland": ["switzerland", "瑞士"],
    "Norway": ["norway", "挪威"],
    "PayPal": ["paypal", "贝宝"], "Visa": ["visa"], "Mastercard": ["mastercard", "master card", "万事达"],
    "American Express": ["amex", "american express", "美国运通"], "Apple Pay": ["apple pay", "applepay"],
    "Google Pay": ["google pay", "gpay"], "Alipay": ["alipay", "支付宝"], "WeChat Pay": ["wechat", "微信"],
    "cryptocurrency": ["crypto", "bitcoin", "btc", "cryptocurrency", "加密货币", "比特币"],
    "cash on delivery": ["cash on delivery", "cod", "cash", "货到付款", "现金"], "Klarna": ["klarna"],
    "Afterpay": ["afterpay"],
}
# generic concepts weigh less than specific ones ("退货要运费吗" is about returns, not shipping cost)
# "first order" / "new customer" singles out the welcome offer among several discount entries
WEIGHT = {"ship": 1.0, "cost": 1.0, "duration": 1.0, "country": 0.5, "stream": 2.0, "first": 3.0}
PAYMENT_METHODS = {"PayPal", "Visa", "Mastercard", "American Express", "Apple Pay", "Google Pay", "Alipay", "WeChat Pay",
                   "cryptocurrency", "cash on delivery", "Klarna", "Afterpay"}
SHORT_ALIASES = {"us", "usa", "uk", "eu", "cod", "btc"}  # only whole words, and "us" not in "ship to us?"
# concepts that single out one kind of policy: an entry without them does not answer a question with them
SPECIFIC = {"first", "stack", "gift", "cancel", "track", "duty", "exchange", "pickup", "damage", "crash", "missing"}
NEGATION = re.compile(r"\b(?:not|no|don't|do not|doesn't|does not|cannot|can't|never|none|isn't|aren't)\b")


@dataclass
class FaqEntry:
    id: str
    question: str
    answer: str
    topic: str = ""
    answer_zh: str = ""
    facts: dict[str, Any] = field(default_factory=dict)
    q_concepts: set[str] = field(default_factory=set)
    a_concepts: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)


@dataclass
class FaqHit:
    entry: FaqEntry
    score: float
    subject: str | None  # the place / payment method asked about, as the FAQ spells it
    sentence: str | None  # the answer sentence that mentions the subject
    negative: bool  # that sentence says no


class FaqError(ValueError):
    pass


def _word_rx(words: list[str]) -> re.Pattern[str]:
    """One pattern per word list: ASCII words at word boundaries, Chinese as substrings."""
    parts = [re.escape(w) if re.search(r"[\u3400-\u9fff]", w) else r"(?<![a-z0-9])" + re.escape(w) + r"(?![a-z0-9])"
             for w in sorted(words, key=len, reverse=True)]
    return re.compile("|".join(parts))


_CONCEPT_RX = {name: _word_rx(words) for name, words in CONCEPTS.items()}


# "send it back", "send something back", "mail my order back": a return, not shipping
_SEND_BACK = re.compile(r"\b(?:send|sent|sending|ship|mail|post|bring)(?:\s+[a-z]+){0,3}?\s+back\b|寄回|退回")
# a discount code as chat types it: letters then digits ("LIVE10", "welcome15"), not a spec like "SPF50"
_CODE_LIKE = re.compile(r"(?<![a-z0-9])(?!spf|upf|pa\d)([a-z]{3,}\d{1,3})(?![a-z0-9])")


_COD = re.compile(r"(?<![a-z0-9])cod(?![a-z0-9])")
_COD_IS_COD = re.compile(r"cash|deliver|pay|货到")
_DISCOUNT_WORD = re.compile(r"(?<![a-z0-9])(?:discount|promo|coupon|voucher|deal)s?(?![a-z0-9])|优惠|折扣")


# an order that came broken ("my monstra arrived with broken leaves what now", "收到的时候花盆碎了"): the damage
# said with its arrival, so "is the vase easily broken?" stays a question about the vase
_BROKEN = r"(?:broken|broke|damaged|cracked|smashed|crushed|shattered|squashed|dead|dying|wilted|in pieces|leaking)"
_ARRIVED_DAMAGED = re.compile(
    r"\b(?:arriv\w*|came|come|comes|received?|delivered|got it|showed up)\b(?:\s+\S+){0,4}?\s+" + _BROKEN + r"\b"
    r"|\b" + _BROKEN + r"\s+(?:on arrival|when it arrived|when they arrived|in transit|in the post|in shipping|in delivery)\b"
    r"|(?:收到|到货|寄到|送到|到了).{0,8}(?:坏|碎|破|裂|死|枯|烂)")


# an order with a part missing ("if my puzzle is missing a piece what happens?", "少了一张卡")
_MISSING_PART = re.compile(
    r"\bmissing\s+(?:a |an |one |some |any |two |\d+ )?(?:piece|part|component|card|tile|item|screw|bit)s?\b"
    r"|\b(?:piece|part|component|card|tile|item|screw)s?\s+(?:is |are |was |were )?missing\b|\bincomplete\b"
    r"|缺件|少了(?:一|几|两)?(?:块|个|张|件|片)|缺少(?:零件|配件|部件)")


def _code_typo(t: str) -> str:
    """ "discount cod for the live?": next to a discount word, "cod" is a typo'd "code", not cash on delivery
    (the discount word outweighs the abbreviation), unless cash, delivery or paying is said too."""
    if _COD.search(t) and _DISCOUNT_WORD.search(t) and not _COD_IS_COD.search(t):
        return _COD.sub("code", t)
    return t


def concepts(text: str) -> set[str]:
    t = _SEND_BACK.sub(" return ", _code_typo(fold(text)))  # "can I send back opened coffee": a return, not shipping
    t = t + " " + t.replace("-", " ")  # "first-order" is "first order"
    found = {name for name, rx in _CONCEPT_RX.items() if rx.search(t)}
    if _ARRIVED_DAMAGED.search(t):
        found.add("damage")
    if _MISSING_PART.search(t):
        found.add("missing")
    return found


_SUBJECT_RX = {canonical: re.compile("|".join(
    re.escape(n) if re.search(r"[\u3400-\u9fff]", n) else r"(?<![a-z0-9.])" + re.escape(n) + r"(?![a-z0-9])"
    for n in sorted(names, key=len, reverse=True) if n != "us")) for canonical, names in ALIASES.items()}
_US = re.compile(r"\b(?:to|in|within) (?:the )?us\b")  # "ship to us" is the country only after to/in


def subjects(text: str) -> list[str]:
    t = _code_typo(fold(text))
    out = [canonical for canonical, rx in _SUBJECT_RX.items() if rx.search(t)]
    if "United States" not in out and _US.search(t):
        out.insert(0, "United States")
    return out


# other spellings of the same place in a shop's FAQ text (never a member country: Germany is not "the EU")
_SPELLINGS = {"United States": r"usa|u\.s\.a?\.?|america", "United Kingdom": r"uk|u\.k\.|great britain|britain",
              "European Union": r"eu"}
_SPELLING_RX = {k: re.compile(r"(?<![a-z0-9.])(?:" + v + r")(?![a-z0-9])") for k, v in _SPELLINGS.items()}


def _names(subject: str, text: str) -> bool:
    """Does the (folded) FAQ text name the subject in any of its spellings ("USA" for the United States)?"""
    rx = _SPELLING_RX.get(subject)
    return fold(subject) in text or (rx is not None and rx.search(text) is not None)


def _w(names: set[str]) -> float:
    return sum(WEIGHT.get(n, 2.0) for n in names)


def _words(text: str) -> set[str]:
    from skills.qa.text import STOP

    return {stem(w) for w in tokens(fold(text)) if w not in STOP and len(w) > 2}


def load_faq(path: str | Path) -> list[FaqEntry]:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FaqError(f"{path}: cannot read FAQ: {exc}") from exc
    raw = data.get("faq") if isinstance(data, dict) else data
    if not isinstance(raw, list):
        raise FaqError(f"{path}: expected a list under 'faq:'")
    entries = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or not item.get("answer"):
            raise FaqError(f"{path}: entry #{i + 1} needs an 'answer'")
        e = FaqEntry(id=str(item.get("id") or f"faq-{i + 1}"), question=str(item.get("question") or ""),
                     answer=str(item["answer"]).strip(), topic=str(item.get("topic") or ""),
                     answer_zh=str(item.get("answer_zh") or "").strip(), facts=dict(item.get("facts") or {}))
        e.q_concepts = concepts(f"{e.question} {e.id.replace('-', ' ')}")
        keys = fact_keys(e.facts)  # "click_collect", "crash_replacement_years": what the entry answers
        e.a_concepts = concepts(f"{e.answer} {keys}")
        e.words = _words(f"{e.question} {e.question} {e.answer} {keys}")
        entries.append(e)
    return entries


def fact_keys(facts: dict[str, Any]) -> str:
    """The names of an entry's facts as words ("click_collect" -> "click collect")."""
    return " ".join(str(k).replace("_", " ") for k in facts)


class FaqIndex:
    def __init__(self, entries: list[FaqEntry]) -> None:
        self.entries = entries

    def find(self, question: str, min_score: float = 1.2) -> FaqHit | None:
        q_concepts = concepts(question)
        said_codes = _CODE_LIKE.findall(fold(question))
        known = [c for c in said_codes if any(c in fold(e.answer) for e in self.entries)]
        if known or len(said_codes) >= 2:  # "can I use LIVE10 and WELCOME15 together": the codes policy
            q_concepts.add("code")
            if len(said_codes) >= 2:
                q_concepts.add("stack")
        subs = subjects(question)
        if PAYMENT_METHODS.intersection(subs):  # "do you take bitcoin": a payment question without "pay"
            q_concepts.add("pay")
        if not q_concepts and not subs:
            return None
        q_words = _words(question)
        if has_cjk(question):  # "耳塞拆封了还能退吗": "earbud" names the entry about opened earbuds
            q_words |= _words(english_view(question))
        best: tuple[float, FaqEntry] | None = None
        for e in self.entries:
            score = 2.0 * _w(q_concepts & e.q_concepts) + 0.75 * _w(q_concepts & (e.a_concepts - e.q_concepts))
            score -= 0.75 * _w(e.q_concepts - q_concepts - {"stream", "country"})
            score += 0.5 * len(q_words & e.words)
            answer = fold(e.answer)
            score += sum(0.75 for s in subs if _names(s, answer))
            if best is None or score > best[0]:
                best = (score, e)
        # "how much" or "how long" alone is a product question; a policy needs a policy word
        if best is None or best[0] < min_score or not (q_concepts - {"stream", "country", "cost", "duration", "opened"}):
            return None
        entry = best[1]
        if (q_concepts & SPECIFIC) - entry.q_concepts - entry.a_concepts:
            return None  # "is there a welcome discount?" and the FAQ only knows the stream code: not that entry
        subject, sentence, negative = self._about(entry, subs)
        if subs and sentence is None:
            # "how much is shipping to Brazil?": the cost entry does not name Brazil, but another entry
            # says we do not ship there at all, which is the answer that matters
            for other in self.entries:
                s2 = self._about(other, subs)
                if s2[1] is not None and s2[2]:
                    return FaqHit(other, best[0], *s2)
        return FaqHit(entry, best[0], subject, sentence, negative)

    @staticmethod
    def _about(entry: FaqEntry, subs: list[str]) -> tuple[str | None, str | None, bool]:
        """The first answer sentence that names one of the subjects, and whether it says no."""
        for s in subs:
            for sent in split_sentences(entry.answer):
                if _names(s, fold(sent)):
                    return s, sent, NEGATION.search(fold(sent)) is not None
        return None, None, False
