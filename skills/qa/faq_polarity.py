"""Which FAQ sentence answers a yes/no question, and whether it says yes or no. "刻字的商品可以退吗" of a
returns answer "Unworn items ... can be returned. Personalised or engraved items ... cannot be returned."
is answered by the second sentence (it names what is asked: engraved), whose "cannot" makes it a no.
A sentence is chosen only when it alone shares a distinctive word with the question (not the policy word
itself, "return", that every sentence of the entry shares); otherwise no verdict, and the text is quoted.
Called from ``engine.QAEngine._faq``.
"""

from __future__ import annotations

import re

from skills.qa.faq import CONCEPTS, NEGATION, FaqEntry
from skills.qa.text import STOP, english_view, fold, split_sentences, stem, tokens

# words shops write in policies, and how chat says them in Chinese; a group matches any of its words
_GROUPS: list[tuple[set[str], list[str]]] = [
    ({"engrave", "engraved", "engraving", "personalised", "personalized", "personalise", "personalize", "custom",
      "customised", "customized", "monogram", "monogrammed", "bespoke", "made to order"},
     ["刻字", "刻名", "刻印", "定制", "订制", "个性化", "定做"]),
    ({"worn", "used", "wear", "wore"}, ["穿过", "戴过", "用过", "使用过", "穿了", "戴了"]),
    ({"unworn", "unused", "unopened", "sealed", "tags"}, ["未穿", "没穿", "没戴", "未使用", "没用过", "未拆", "没拆", "全新", "吊牌"]),
    ({"pierced", "earring", "earrings", "stud", "studs"}, ["耳钉", "耳环", "耳饰", "耳洞", "耳坠"]),
    ({"sale", "discounted", "clearance", "reduced", "outlet"}, ["特价", "打折的", "清仓", "促销", "折扣商品"]),
    ({"opened", "open"}, ["拆封", "开封", "拆了", "打开"]),
    ({"resized", "resize", "resizing", "altered"}, ["改圈", "改尺寸", "改号", "改过"]),
    ({"damaged", "faulty", "defective", "broken"}, ["损坏", "坏了", "质量问题", "瑕疵", "次品"]),
    ({"underwear", "swimwear", "hygiene", "cosmetics", "makeup"}, ["内衣", "泳衣", "卫生", "化妆品"]),
]
_GROUP_OF = {w: f"#{i}" for i, (words, _zh) in enumerate(_GROUPS) for w in words}
# the policy words themselves ("return", "refund", "ship"): every sentence of the entry shares them
_GENERIC = {stem(w) for words in CONCEPTS.values() for w in words if w.isascii()} | {
    "item", "items", "product", "products", "thing", "things", "order", "orders", "can", "get", "piece", "pieces"}
_NO = re.compile(r"\bonly\b|\bfinal sale\b|\bnon[- ]returnable\b")


def _features(text: str) -> set[str]:
    out = set()
    for w in tokens(fold(text)):
        if w in _GROUP_OF:
            out.add(_GROUP_OF[w])
        elif w not in STOP and len(w) > 2 and stem(w) not in _GENERIC and w not in _GENERIC:
            out.add(stem(w))
    return out


def _question_features(question: str) -> set[str]:
    out = _features(english_view(question))
    out |= {f"#{i}" for i, (_w, zh) in enumerate(_GROUPS) if any(z in question for z in zh)}
    return out


def answering_sentence(entry: FaqEntry, question: str) -> tuple[str, bool] | None:
    """The answer with the one sentence about what the question asks put first, and whether that says no."""
    asked = _question_features(question)
    if not asked:
        return None
    scored = sorted(((len(asked & _features(s)), s) for s in split_sentences(entry.answer)),
                    key=lambda x: x[0], reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    sentence = scored[0][1]
    view = fold(sentence)
    # the deciding sentence first, then the rest of the answer, so no condition of the policy is lost
    rest = [s for s in split_sentences(entry.answer) if s != sentence]
    text = " ".join([sentence.rstrip(), *(s.strip() for s in rest)])
    return text, bool(NEGATION.search(view) or _NO.search(view))
