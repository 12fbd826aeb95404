"""Text normalisation and the generic (shop-independent) vocabularies of the Q&A skill.

Nothing here names a product: the vocabularies are the words chat uses for product types,
colours, sizes and question types, in English and Chinese. Chinese type nouns and colours are
rewritten to English tokens before matching, so one index serves both languages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from bot.lang import CJK, detect_lang, has_cjk  # noqa: F401  (re-exported for the Q&A modules)
from skills.qa.units import split_units
from skills.qa.zh_lexicon import ZH_LEXICON
from skills.qa.zh_segment import Fallback, Piece, Segmenter
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
    """NFKC (full-width letters/digits to ASCII), curly quotes folded, Latin accents dropped (chat types "saute",
    "creme" for a listing's "sauté", "crème"), lower case."""
    text = unicodedata.normalize("NFKC", re.sub(r"[™®©℠]", "", text or ""))  # NFKC would turn ™ into "TM"
    if not text.isascii():
        text = unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", text)))
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


_ACCENTS = re.compile(r"[\u0300-\u036f]")  # combining marks of Latin letters only (never kana or hangul)


@lru_cache(maxsize=1 << 16)
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


_ZH_TYPE = {z: en[0] for en, zhs in TYPE_GROUPS for z in zhs}
# Common Chinese descriptors in product talk, read as the English words shop names use.
ZH_WORDS = {"瑜伽": "yoga", "跑步": "running", "健身": "fitness", "训练": "training", "徒步": "trek", "拉链": "zip",
            "连帽": "hooded", "长袖": "long sleeve", "数字": "digital", "运动": "sport", "手提": "tote", "旅行": "travel"}
ZH_WORDS.update({zh: en for zh, en in ZH_PRODUCT_WORDS.items() if zh not in ZH_WORDS})
# the shop-word lexicon (skills/qa/zh_lexicon.py) fills in what the lists above do not say
ZH_WORDS.update({zh: gloss for zh, (gloss, _alts) in ZH_LEXICON.items() if zh not in ZH_WORDS})
# other spellings of a word's head noun ("饮水机" is a water fountain or a water dispenser), as stems:
# one-word alternatives, and the head of a longer one whose other words the gloss already says
# ("phone stand|phone holder"); "screen protector|tempered glass" adds nothing ("glass" is another thing)
ZH_ALTERNATES: dict[str, tuple[str, tuple[str, ...]]] = {}  # zh -> (head stem, other stems)
# one cut of the text, fewest unread characters and longest words first: "藏红花" is saffron, not
# "藏 red 花"; type nouns, then colours win a tie; question words and fillers stay as written, so
# "多少钱包邮" is never read as 多少 + 钱包 (wallet)
_ZH_ANY = {**ZH_WORDS, **ZH_COLOUR, **_ZH_TYPE}
for _zh, (_gloss, _alts) in ZH_LEXICON.items():
    _used = _ZH_ANY[_zh].split()  # the lexicon's own gloss, or the one the lists above give the word
    _said = {stem(w) for w in _used}
    _extra = [stem(a.split()[-1]) for a in (_gloss, *_alts)
              if {stem(w) for w in a.split()[:-1]} <= _said and stem(a.split()[-1]) not in _said]
    if _extra:
        ZH_ALTERNATES[_zh] = (stem(_used[-1]), tuple(dict.fromkeys(_extra)))
# question and shop-talk words that must never be cut into product words ("包邮" is not a bag)
_ZH_KEPT = set(ZH_STOP) | set(re.findall(r"\S+", """
多少钱 多少 包邮 邮费 运费 快递 发货 退货 退款 换货 有货 没货 缺货 还有 现货 库存 补货 到货 怎么卖 尺码 码数 尺寸 大小 颜色 容量 重量
材质 面料 材料 成分 保修 质保 产地 机洗 水洗 手洗 可以 能不能 是不是 有没有 怎么样 多大 多重 多长 多久 多高 多宽 几个 几种 哪个 哪款
哪里 什么 为什么 优惠 打折 折扣 原价 活动 价格 价钱 便宜 一点 一些 一个 一款 一件 一包 一袋 一盒 一瓶 不是 不要 不会 没有 已经
主播 直播 链接 上架 下单 付款 支付 适合 推荐 喜欢 好看 好用 质量 效果 味道 口味 口感 规格 款式 型号 版本 区别 对比 比较
公斤 千克 毫升 厘米 公分 毫米 英寸 盎司 小时 分钟 欧元 美元 美金
刚刚 刚才 之前 上次 说 说的 问 问下 问问 想问 家里 我家 自己 给 用 用的 买个 看看 看 能看 喝 喝水 吃 吃的 穿 穿的 戴 玩 玩的
睡 睡的 有点 比较 特别 非常 很 太 挺 真的 就是 那种 这种 哪种 大包 小包 只 两只 一只 个 家
洗 味 款 型 版 色 式 包装 小包装 大包装 分装 罐装 袋装 盒装 瓶装 支装 片装 粒装 公斤装 克装 升装 包括 包含 附带 附送 赠送 送的 支持 兼容 适用 需要 使用 用的 用于 可不可以 会不会 能否 是否 带不带 配不配 大概 一般 平时
"""))


@lru_cache(maxsize=1)
def _segmenter() -> Segmenter:
    """Built on first use: the Chinese keywords of the intent reader (price, stock, attribute topics)
    are kept words too, so they are read as themselves and never cut into product words."""
    from skills.qa import intent  # here, not at the top: intent imports this module

    kept = set(_ZH_KEPT)
    patterns = [v for v in vars(intent).values() if isinstance(v, re.Pattern)]
    for rx, _name, keys in intent.ATTRIBUTE_TOPICS:
        patterns.append(rx)
        kept.update(k for k in keys if has_cjk(k))
    for rx in patterns:
        kept.update(w for w in re.findall(r"[\u3400-\u9fff]{2,}", rx.pattern))
    # one-character units and measure words read as such only after a number ("10克", "3件"), never inside
    # a name ("小米" is a brand, not 小 + metre)
    units = frozenset(re.findall(r"\S", "克升米寸磅个只件条双片粒支卷号岁天周月年秒欧块元装罐袋盒瓶包"))
    return Segmenter(_ZH_ANY, frozenset(kept), after_number=units)


# the segmenter of the catalog being answered about: ours plus that catalog's dictionary fallback
# (skills/qa/zh_fallback), set by the engine around each answer; ours alone elsewhere
_ACTIVE: ContextVar[Segmenter | None] = ContextVar("qa_zh_segmenter", default=None)


def catalog_segmenter(fallback: Fallback, longest: int) -> Segmenter:
    """Our segmenter with a catalog's fallback dictionary (skills/qa/zh_fallback)."""
    return _segmenter().with_fallback(fallback, longest)


@contextmanager
def reading_with(segmenter: Segmenter | None) -> Iterator[None]:
    """Chinese in this block is read with ``segmenter`` (a catalog's, see catalog_segmenter)."""
    token = _ACTIVE.set(segmenter)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def current_segmenter() -> Segmenter:
    """The segmenter Chinese is read with here (see reading_with)."""
    return _ACTIVE.get() or _segmenter()


def english_view(text: str) -> str:
    """Folded text with Chinese words rewritten as English words and every number+unit spaced, so
    "Josie外套蓝色" reads "josie jacket blue", "猫薄荷鱼玩具" reads "catnip fish toy" and "75cm" "75 cm"."""
    return _english_view(text, current_segmenter())


@lru_cache(maxsize=1 << 15)
def _english_view(text: str, segmenter: Segmenter) -> str:
    return segmenter.english(split_units(fold(text)))


def zh_pieces(text: str) -> list[Piece]:
    """The text cut into words (see zh_segment): glossed words, kept words and unread runs, in order."""
    return current_segmenter().cut(fold(text))


def unread_zh(text: str) -> str:
    """The Chinese characters no word of ours reads (neither a glossed nor a kept word)."""
    return "".join("".join(re.findall(r"[\u3400-\u9fff]+", p.text)) for p in zh_pieces(text)
                   if p.gloss is None and not p.kept)


def is_kept(word: str) -> bool:
    """A question word or filler the segmenter keeps as written ("多少钱", "有货")."""
    seg = current_segmenter()
    return word in seg.words and seg.words[word] is None


def zh_alternates(text: str) -> dict[str, tuple[str, ...]]:
    """Stems of the other English spellings of the Chinese head nouns said in the text
    ("饮水机" -> {"fountain": ("dispenser",)}): the matcher tries each."""
    out: dict[str, tuple[str, ...]] = {}
    seg = current_segmenter()
    for piece in zh_pieces(text):
        if piece.gloss and piece.text in ZH_ALTERNATES:
            head, others = ZH_ALTERNATES[piece.text]
        elif piece.gloss and piece.text not in seg.words and seg.fallback is not None:
            # a dictionary word whose senses hit several of the catalog's words (表: watch, meter)
            others = seg.fallback.alternates(piece.text)
            if not others:
                continue
            head = stem(tokens(piece.gloss)[-1])
        else:
            continue
        out[head] = tuple(dict.fromkeys(out.get(head, ()) + others))
    return out


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
    # a Chinese name is also indexed as written (character bigrams), so Chinese chat meets it on its own
    # words ("保温杯"), and the English glosses above let it meet English chat and synonyms
    for run in re.findall(r"[\u3400-\u9fff]+", fold(name)):
        out.extend(cjk_grams(run))
    return list(dict.fromkeys(out))


for _i, (_en, _zh) in enumerate(TYPE_GROUPS):
    for _w in _en:
        TYPE_OF[stem(_w)] = _i


def cjk_grams(run: str) -> list[str]:
    """Character bigrams of a CJK run (single characters for a one-character run)."""
    return [run] if len(run) < 2 else [run[i:i + 2] for i in range(len(run) - 1)]


def split_sentences(text: str) -> list[str]:
    # never inside an abbreviation of single letters ("the U.S. or Canada", "e.g. tents")
    # nor after "approx." / "incl." / "max." / "ca." ("Burn time approx. 40 hours" is one sentence)
    parts = re.split(r"(?<=[.!?;。！？；])(?<!\.[A-Za-z]\.)(?<!\b[A-Za-z]\.[A-Za-z]\.)(?<![Aa]pprox\.)(?<![Ii]ncl\.)"
                     r"(?<!\b[Mm]ax\.)(?<!\b[Cc]a\.)\s+|(?<=[。！？；])", text.strip())
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
