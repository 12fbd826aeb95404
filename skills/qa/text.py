"""Text normalisation and the generic (shop-independent) vocabularies of the Q&A skill.

Nothing here names a product: the vocabularies are the words chat uses for product types,
colours, sizes and question types, in English and Chinese. Chinese type nouns and colours are
rewritten to English tokens before matching, so one index serves both languages.
"""

from __future__ import annotations

import re
import unicodedata

from bot.lang import CJK, detect_lang, has_cjk  # noqa: F401  (re-exported for the Q&A modules)
from skills.qa.units import split_units
from skills.qa.zh_vocab import ZH_PRODUCT_WORDS

TOKEN = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*|[\u3400-\u9fff\uf900-\ufaff]+")

# Product-type nouns: each group is one kind of product; words are singular stems (see stem()).
# Chinese words are replaced by the group's first English word before tokenising.
TYPE_GROUPS: list[tuple[list[str], list[str]]] = [
    (["hoodie", "hoody", "pullie", "pullover", "sweatshirt", "sweater", "jumper", "hoodlie"], ["卫衣", "连帽衫", "套头衫", "毛衣"]),
    (["jacket", "coat", "shell", "windbreaker", "parka"], ["外套", "夹克", "风衣", "大衣", "冲锋衣"]),
    (["tank", "singlet", "vest"], ["背心", "坎肩"]),
    (["tee", "tshirt", "shirt", "top"], ["t恤", "短袖", "衬衫", "上衣"]),
    (["short"], ["短裤"]),
    (["legging", "tight", "capri"], ["打底裤", "紧身裤", "七分裤"]),
    (["pant", "trouser", "jogger", "sweatpant"], ["长裤", "运动裤", "裤子", "裤"]),
    (["bra"], ["运动内衣", "内衣", "文胸", "胸罩"]),
    (["backpack", "rucksack"], ["双肩包", "背包"]),
    (["bag", "tote", "duffle", "duffel", "messenger", "pack"], ["包包", "挎包", "手提包", "托特包", "斜挎包"]),
    (["watch"], ["手表", "腕表"]),
    (["ball"], ["健身球", "瑜伽球"]),
    (["bottle"], ["水壶", "水瓶", "水杯"]),
    (["band"], ["弹力带", "阻力带"]),
    (["rope"], ["跳绳"]),
    (["shoe", "sneaker", "boot", "sandal"], ["运动鞋", "鞋子", "鞋"]),
    (["mat"], ["瑜伽垫", "垫子"]),
    (["hat", "cap", "beanie"], ["帽子"]),
    (["sock"], ["袜子"]),
    (["dress", "skirt"], ["连衣裙", "裙子"]),
    (["jean", "denim"], ["牛仔裤"]),
    (["glove"], ["手套"]),
    (["sunglass", "glass"], ["眼镜", "墨镜"]),
    (["phone"], ["手机壳", "手机"]),
]
TYPE_OF: dict[str, int] = {}  # filled below, keyed by stem()

COLOURS: dict[str, list[str]] = {  # English colour -> Chinese spellings
    "black": ["黑色", "黑"], "white": ["白色", "白"], "gray": ["灰色", "灰"], "grey": [], "blue": ["蓝色", "蓝"],
    "navy": ["藏青", "海军蓝"], "red": ["红色", "红"], "green": ["绿色", "绿"], "yellow": ["黄色", "黄"],
    "orange": ["橙色", "橘色", "橙", "橘"], "purple": ["紫色", "紫"], "pink": ["粉色", "粉红", "粉"],
    "brown": ["棕色", "咖啡色", "棕"], "beige": ["米色"], "khaki": ["卡其"], "silver": ["银色"], "gold": ["金色"],
    "lavender": ["淡紫"], "teal": [], "olive": ["橄榄绿"],
}
COLOUR_ALIASES = {"grey": "gray", "colour": "", "color": ""}
ZH_COLOUR = {zh: en for en, zhs in COLOURS.items() for zh in zhs}

SIZE_WORDS = {"xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl", "5xl", "os"}

# Words that carry no product identity in a question (English chat and question words).
_STOP_TEXT = """
a an the is are was were be been am do does did doing have has had having can could would will shall should may
might must i me my we our you your u ur he she it its they them their this that these those there here what whats
what's wat which who whom whose when where why how hows how's much many any some all no not yes yeah yep ok okay
of in on at to for from by with about as into than then so too very just also and or but if vs versus compared
compare comparison between diff difference price prices cost costs costing go goes going for stock stocks left
available availability avail gone sold out come comes coming sizes size colours colors colour color option options
variant variants still now rn right today pls plz please thanks thx ty lol lmao haha omg hi hey hello hiii yo guys
bro sis one ones get got buy want need like love anything something again cheaper expensive more less better best
worse pricey cheap dollars dollar bucks usd cad eur gbp tell know show see think say said check looking look made
make material materials fabric wash washable machine does doesn't isn't don't there's thing stuff item items
product products r y o k hm hmm um uh oh ah wow nice cool also else even same other another both either us long
cheapest priciest most least lowest highest sell sells selling carry carries carrying offer offers
"""

# Everyday words that occur in product names but never identify one on their own
# ("how LONG does shipping take" is not about the Long-Sleeve Tee).
_GENERIC_TEXT = """
long short light full daily power sport sports fit tone zip micro sleeve neck classic basic original premium new
set kit pack plus pro max mini super ultra soft warm cool dry fresh free first best easy everyday essential simple
small medium large big little one two three four five day night home travel active comfort flex lite
water wind rain sun snow weight jump push field trail practice handle strength digital cross tight fitted
insulated compression overnight solar running workout training gym yoga track summit cotton wool fleece mesh
zipper pocket hood waist strap lock heart shell roller grip trainer bike jogging weightlifting
"""
GENERIC_NAME_WORDS: frozenset[str] = frozenset(re.findall(r"\S+", _GENERIC_TEXT))
STOP: frozenset[str] = frozenset(re.findall(r"\S+", _STOP_TEXT))

# Chat fillers in Chinese; removed before looking for product words.
ZH_STOP = ["请问", "一下", "多少钱", "什么价格", "什么价", "价格", "价钱", "还有货", "有货", "库存", "现在", "这个", "那个",
           "这款", "那款", "这件", "一件", "有没有", "有哪些", "哪些", "颜色", "尺码", "可以", "吗", "呢", "的", "啊", "呀",
           "吧", "了", "么", "什么", "多少", "跟", "和", "与", "比", "差", "还是", "哪个", "便宜", "贵", "主播", "码",
           "你好", "你们", "我们", "大家", "谢谢", "怎么样", "怎么", "我", "你", "有", "卖", "要", "想", "买", "能", "是",
           "还", "嘛", "哦", "好", "在", "吗"]


def fold(text: str) -> str:
    """NFKC (full-width letters/digits to ASCII), curly quotes folded, lower case."""
    text = unicodedata.normalize("NFKC", re.sub(r"[™®©℠]", "", text or ""))  # NFKC would turn ™ into "TM"
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def stem(token: str) -> str:
    """A light plural fold shared by index and query ("pants" -> "pant", "shorts" -> "short")."""
    if token in ("grey", "greys"):
        return "gray"
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("ie"):
        return token[:-2] + "y"  # hoodie/hoody, beanie/beanies meet at "hoody", "beany"
    if len(token) > 3 and token.endswith("es") and token[-3] in "sxz":
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


_ZH_TYPE_RE = re.compile("|".join(sorted((re.escape(z) for _en, zhs in TYPE_GROUPS for z in zhs), key=len, reverse=True)))
_ZH_TYPE = {z: en[0] for en, zhs in TYPE_GROUPS for z in zhs}
# Common Chinese descriptors in product talk, read as the English words shop names use.
ZH_WORDS = {"瑜伽": "yoga", "跑步": "running", "健身": "fitness", "训练": "training", "徒步": "trek", "拉链": "zip",
            "连帽": "hooded", "长袖": "long sleeve", "数字": "digital", "运动": "sport", "手提": "tote", "旅行": "travel"}
ZH_WORDS.update({zh: en for zh, en in ZH_PRODUCT_WORDS.items() if zh not in ZH_WORDS})
_ZH_WORDS_RE = re.compile("|".join(sorted(map(re.escape, ZH_WORDS), key=len, reverse=True)))
_ZH_COLOUR_RE = re.compile("|".join(sorted((re.escape(z) for z in ZH_COLOUR), key=len, reverse=True)))
# one pass, longest word first: "藏红花" is saffron, not "藏 red 花"; type nouns, then colours win a tie
_ZH_ANY = {**ZH_WORDS, **ZH_COLOUR, **_ZH_TYPE}
_ZH_ANY_RE = re.compile("|".join(sorted(map(re.escape, _ZH_ANY), key=len, reverse=True)))


def english_view(text: str) -> str:
    """Folded text with Chinese type nouns and colours rewritten as English words, so "Josie外套蓝色"
    reads "josie jacket blue"."""
    return _ZH_ANY_RE.sub(lambda m: f" {_ZH_ANY[m.group(0)]} ", split_units(fold(text)))


def tokens(text: str) -> list[str]:
    """Latin/digit words and CJK runs of already-folded text."""
    return TOKEN.findall(text)


def name_tokens(name: str) -> list[str]:
    """Index tokens of a product name: words, stems, and hyphen/CamelCase joins ("Cross-Fit" -> crossfit)."""
    folded = english_view(name)  # Chinese type nouns and colours read as the question's English view does
    out: list[str] = []
    words = tokens(folded)
    # "The", "One" never identify a product; nor do single letters ("T" of T-Shirt; "tshirt" is kept)
    keep = [w for w in words if w not in STOP and (len(w) > 1 or w.isdigit())] or words
    for tok in keep:
        if has_cjk(tok):
            out.extend(cjk_grams(tok))
        else:
            out.append(stem(tok))
    for joined in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", folded):
        out.append(joined.replace("-", ""))
    return out


for _i, (_en, _zh) in enumerate(TYPE_GROUPS):
    for _w in _en:
        TYPE_OF[stem(_w)] = _i


def cjk_grams(run: str) -> list[str]:
    """Character bigrams of a CJK run (single characters for a one-character run)."""
    return [run] if len(run) < 2 else [run[i:i + 2] for i in range(len(run) - 1)]


def split_sentences(text: str) -> list[str]:
    # never inside an abbreviation of single letters ("the U.S. or Canada", "e.g. tents")
    parts = re.split(r"(?<=[.!?;。！？；])(?<!\.[A-Za-z]\.)(?<!\b[A-Za-z]\.[A-Za-z]\.)\s+|(?<=[。！？；])", text.strip())
    return [p.strip() for p in parts if p.strip()]


# Question keywords chat misspells ("how mcuh", "prise", "stok"), and real words one edit away from
# them that must stay as typed.
INTENT_KEYWORDS = ("much", "price", "prices", "stock", "available", "shipping", "delivery", "return", "refund",
                   "colour", "colours", "color", "colors", "sizes", "discount", "cheapest", "expensive", "material",
                   "waterproof", "options")
_REAL_NEIGHBOURS = frozenset(re.findall(r"\S+", """such mush muck mach munch mulch prize prizes pride prime rice spice slice stick stack
stuck shock stork store stocky smock stoke stoked return returns colon colons sized seizes option region shipping
shopping chipping whipping potions princes stocks"""))


def _one_edit(a: str, b: str) -> bool:
    """Within one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def fix_keyword_typos(text: str, known: object) -> str:
    """Misspelt question keywords spelled right, unless the word is one the catalog knows
    (``known``: a container of the catalog's words) or a real word of its own."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if len(low) < 4 or low in INTENT_KEYWORDS or low in STOP or low in _REAL_NEIGHBOURS or low in known \
                or stem(low) in known:
            return word
        for key in INTENT_KEYWORDS:
            if _one_edit(low, key):
                return key
        return word

    return re.sub(r"[A-Za-z]+", fix, text)
