"""What a chat line asks: price, stock, variant, attribute, compare, FAQ, chitchat or unknown.

Keyword patterns in English and Chinese; cheap enough to run on every chat line. The product and
the options are found elsewhere (matcher, options); this module only reads the question's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skills.qa.embedded_ask import asks_inside
from skills.qa.load_facts import LOAD_ASK
from skills.qa.text import fold


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


PRICE = _rx(r"\bh(?:o|ow)?w? mu?ch\b", r"\bhow much\b", r"\bprice\s*(?:pls|plz|please)?\s*[?:]", r"怎么卖", r"卖多少", r"多少一件", r"\bprice[sd]?\b", r"\bpricing\b", r"\bcosts?\b", r"\bgo(?:es)? for\b", r"\$\s*\?",
            r"\bhow many (?:bucks|dollars)\b", r"\bexpensive\b", r"\bcheap(?:er|est)?\b", r"\bpricey\b",
            r"多少钱", r"价格", r"价钱", r"什么价", r"几块", r"几钱", r"多少米", r"售价", r"贵不贵", r"贵吗", r"便宜")
STOCK = _rx(r"\bin stock\b", r"\bstock\b", r"\bavailab", r"\bavail\b", r"\bava\w{0,4}ble\b", r"\bstok\b", r"\bleft\b", r"\bsold out\b", r"\bsell(?:ing)? out\b",
            r"\bgone\b", r"\bstill (?:have|got)\b", r"\bdo you (?:still )?have\b", r"\bany\b.*\bleft\b",
            r"\bhow many\b", r"\binventory\b", r"\bcan i (?:still )?(?:get|buy|order)\b",
            r"有货", r"库存", r"还有", r"现货", r"卖完", r"售罄", r"缺货", r"没货", r"断货", r"剩")
VARIANT = _rx(r"\bcolou?rs?\b", r"\bsizes?\b", r"\bcome[s]? in\b", r"\bavailable in\b", r"\bis there (?:a|an|the)?\b",
              r"\bdo(?:es)? (?:it|they|you) (?:come|have)\b", r"\boptions?\b", r"\bvariants?\b", r"\bflavou?rs?\b",
              r"颜色", r"尺码", r"码数", r"尺寸", r"出.*码", r"哪些色", r"什么色", r"规格", r"款式", r"口味")
LIST_VALUES = _rx(r"\bwhat (?:colou?rs?|sizes?|options?|flavou?rs?)\b", r"\bwhich (?:colou?rs?|sizes?|options?)\b",
                  r"\bcolou?rs?\b.*\?*$", r"\bwhat .*come in\b", r"\bsizes? (?:do|does|are)\b",
                  r"有哪些颜色", r"什么颜色", r"哪些颜色", r"几种颜色", r"哪几种", r"有哪些", r"有什么码", r"哪些码", r"什么码")
COMPARE = _rx(r"\bvs\.?\b", r"\bversus\b",
              r"\bwhich (?:one )?is (?:longer|shorter|bigger|larger|smaller|wider|taller)\b",  # each one's measure
              r"\b(?:longer|shorter|bigger|larger|smaller|wider|taller) than (?!(?:a|an|about|around|\d)\b|\d)",  # not "40cm"
              r"\bcompar", r"\bdiff(?:erence)?\b", r"\bwhich (?:one )?is (?:cheaper|better|more|less)\b",
              r"\bcheaper\b", r"\bmore expensive\b", r"\bor the\b.*\?",
              r"差多少", r"哪个便宜", r"哪个贵", r"哪个更", r"区别", r"对比", r"比较", r"还是.*(?:便宜|贵|好)",
              r"贵多少", r"便宜多少", r"哪个划算", r"差价")
SALE = _rx(r"\bold price\b", r"\boriginal(?:ly| price)\b", r"\bregular price\b", r"\bcost before\b", r"\bwas it\b",
           r"\bmarked down\b", r"\breduced\b", r"原价", r"以前.*多少", r"\bon sale\b", r"\bsale\b", r"\bdiscount", r"\bdeal\b", r"\bpromo", r"打折", r"优惠", r"折扣", r"降价", r"活动价")
RESTOCK = _rx(r"\brestock", r"\bback in stock\b", r"\bcome back\b", r"\bwhen will .* (?:be )?(?:back|available)\b",
              r"\bnext (?:batch|drop|shipment)\b", r"补货", r"到货", r"什么时候有", r"什么时候再")
ORIGIN = _rx(r"\bwhere (?:is|are) .*made\b", r"\b(?:which|what) country\b", r"\bwhere (?:is|are|does|do) .*\b(?:from|grown)\b",
             r"\bwhere .* come from\b", r"哪个国家", r"哪国", r"哪里的", r"产自哪", r"\bmade in\b", r"\bcountry of origin\b", r"\borigin\b",
             r"\bmanufactur", r"\bwho makes\b", r"产地", r"哪里产", r"哪里生产", r"哪里做", r"哪国", r"原产")
WARRANTY = _rx(r"\bwarrant", r"\bguarantee", r"保修", r"质保", r"保固")
QUESTION = _rx(r"\?", r"？", r"^(?:how|what|whats|what's|wat|which|is|are|does|do|can|could|any|where|when|will|r)\b",
               # the question after a condition, no mark typed ("if i order now how fast does it ship out")
               r"\bhow (?:fast|soon|quickly|long|much|many) (?:do|does|did|will|would|can|could|is|are|should)\b",
               r"\b(?:do|does|can|could|will|would|should) (?:i|we|u|you) (?:get|have|need|pay|receive)\b",
               r"吗", r"呢", r"多少", r"什么", r"怎么", r"哪", r"有没有", r"几", r"多久", r"啥", r"咋", r"是否")
GREETING = _rx(r"^(?:hi+|hey+|hello+|yo|sup|gm|good (?:morning|evening|night|afternoon))\b", r"你好", r"晚上好",
               r"早上好", r"下午好", r"大家好", r"哈喽", r"嗨")
THIS = _rx(r"\bthis(?: one)?\b", r"\bthat(?: one)?\b", r"\bthe (?:one|item|product) (?:on screen|you(?:'re| are) (?:showing|holding|wearing))\b",
           r"\bit\b", r"\bthe \w+ one\b", r"这个", r"这款", r"这件", r"那个", r"那款", r"这一款", r"这条", r"这双", r"它",
           # this / that before a measure word ("这块表", "那只包", "这副耳环"): written out, so each is a kept word
           *(d + m for d in ("这", "那") for m in "件条双块只副顶把台支瓶盒套张本对枚颗根串"))

LIGHT_ADJECTIVE = (r"\b(?:is|are|it's|its|so|very|too|how|pretty|really|quite|super|feels?|and|or|nice)\s+light\b"
                   r"|\b(?:is|are) (?:it|they)\s+light\b|\blight\s+(?:enough|to carry|or heavy)\b"
                   r"|^(?:is|are)\b.*\blight\s*[?？!.]*$")  # "is the beam 1200 light?": its weight, as before

SHELF_LIFE_ASK = _rx(r"\bshelf[- ]?life\b", r"\bbest before\b", r"\bexpir(?:y|e|es|ation)\b", r"保质期", r"放多久", r"能放几天",
                     r"\bhow long (?:do|does|will|can|would) (?:it|they|the [\w ]+?) (?:keep|stay fresh|be stored|last unopened)"
                     r"\s*(?:[?!.]|$|for\b|fresh|in\b|after|once|unopened|opened|if)")

# Attribute questions: a topic keyword -> the words to look for in the product's facts.
ATTRIBUTE_TOPICS: list[tuple[re.Pattern[str], str, list[str]]] = [
    # what it holds, before what it weighs: "max weight" is a load (see load_facts)
    (LOAD_ASK, "load", ["load", "capacity", "holds up to", "supports up to", "承重"]),
    # "what's in it?": the ingredients, which a listing often names in running text ("mask with kaolin ...")
    (_rx(r"\bingredients?\b", r"\bwhat(?:'s|s| is| are)? in\b(?!\s+(?:stock|store|the box|a set|the set|the bundle|season))",
         r"\bwhat does (?:it|this|that|the .+) contain\b", r"\bactives?\b", r"含什么", r"有什么成分", r"什么成分"),
     "ingredients", ["ingredient", "with", "contains", "formulated", "infused", "extract", "powered by", "packed",
                     "blend of", "enriched", "rich in", "formula",
                     "含有", "成分", "添加"]),
    (_rx(r"\bmachine wash", r"\bwash", r"\bdryer\b", r"\bcare\b", r"机洗", r"水洗", r"洗衣机", r"能洗", r"可以洗", r"洗涤", r"烘干"),
     "care", ["wash", "dry clean", "dryer", "tumble", "hand wash", "care", "机洗", "水洗", "手洗", "洗涤", "干洗"]),
    (_rx(r"\bmaterials?\b", r"\bfabrics?\b", r"\bmade (?:of|from|out of)\b", r"\bwhat(?:'s| is) it made\b", r"\bcotton\b",
         r"\bpolyester\b", r"\bwool\b", r"\bnylon\b", r"材质", r"面料", r"材料", r"什么料", r"成分", r"布料", r"什么做的"),
     "material", ["material", "fabric", "cotton", "polyester", "nylon", "wool", "spandex", "fleece", "leather",
                  "材质", "面料", "棉", "涤纶", "聚酯", "羊毛", "锦纶", "氨纶", "真皮"]),
    (_rx(r"\btaste", r"\btasting\b", r"\bflavou?r (?:profile|notes)\b", r"\b(?:tasting|cup|coffee|tea) notes\b", r"风味", r"口感", r"味道", r"什么味"),
     "taste", ["tasting notes", "notes", "taste", "flavour", "flavor", "aroma", "风味", "口味"]),
    (WARRANTY, "warranty", ["warranty", "guarantee", "保修", "质保"]),
    (ORIGIN, "origin", ["made in", "origin", "imported", "manufactured", "产地", "产自", "制造"]),
    (_rx(r"\bfit\b", r"\bfitting\b", r"\bslim\b", r"\brelaxed\b", r"\btrue to size\b", r"版型", r"修身", r"宽松", r"偏大", r"偏小"),
     "fit", ["fit"]),
    # "how long do the mooncakes keep?" asks a shelf life, not a length ("keeps drinks cold" is another thing)
    (SHELF_LIFE_ASK, "shelf life", ["shelf life", "best before", "keep", "keeps", "use within", "expir", "保质期"]),
    (_rx(r"\binseam\b", r"\blength\b", r"\bhow long\b", r"裤长", r"长度", r"多长"), "length", ["inseam", "length", "long"]),
    (_rx(r"\bdimensions?\b", r"\bhow big\b", r"\bcapacity\b", r"\bmeasure", r"\bhow large\b", r"尺寸", r"多大", r"容量", r"大小"),
     "dimensions", ['"', " x ", "dimension", "capacity", "liter", "litre", "cm", "inch"]),
    (_rx(r"\bwaterproof\b", r"\bwater[- ]?resistant\b", r"\brain\b", r"防水"), "water", ["waterproof", "water-resistant",
                                                                                     "water resistant", "water repellent",
                                                                                     "rain", "防水"]),
    (_rx(r"\bpockets?\b", r"口袋", r"兜"), "pockets", ["pocket"]),
    # "light" says little weight as an adjective ("is it light?", "how light", "light enough"), never as the noun
    # ("the rear light", "beam 800 light price")
    (_rx(r"\bweigh", r"\bheav(?:y|ier|iest)\b", r"\blight(?:weight|er|est)\b", LIGHT_ADJECTIVE, r"重量", r"多重", r"轻"), "weight",
     ["weigh", "lightweight", "oz", "lb", "gram"]),
    (_rx(r"\bwarm\b", r"\bwinter\b", r"\bcold\b", r"\bclimate\b", r"\bweather\b", r"保暖", r"冬天", r"天气"),
     "climate", ["climate", "warm", "cold", "winter", "insulat", "fleece"]),
    (_rx(r"\bbreathab", r"\bventilat", r"\bsweat", r"\bwicking\b", r"透气", r"排汗", r"吸汗"), "breathable",
     ["breathab", "ventilat", "mesh", "wick", "airflow", "sweat", "透气", "排汗"]),
    (_rx(r"\bstretch", r"\belastic\b", r"弹力", r"弹性"), "stretch", ["stretch", "spandex", "elastane", "elastic", "弹力", "弹性"]),
    (_rx(r"\buv\b", r"\bsun protection\b", r"\bspf\b", r"防晒(?:吗|么|指数|效果|系数|值|倍数|力)", r"能防晒", r"可以防晒",
         r"紫外线"), "uv", ["uv", "upf", "spf", "sun", "防晒"]),
    (_rx(r"\beco\b", r"\bsustainab", r"\brecycled\b", r"环保"), "eco", ["eco", "recycled", "sustainab"]),
    (_rx(r"\bbattery\b", r"电池"), "battery", ["battery"]),
    (_rx(r"\bwomen\b", r"\bmen\b", r"\bunisex\b", r"\bgender\b", r"男款", r"女款", r"男女"), "gender", ["gender", "women", "men", "unisex"]),
    (_rx(r"\bstyle\b", r"风格"), "style", ["style"]),
    (_rx(r"\bpattern\b", r"图案"), "pattern", ["pattern"]),
]


# Units a "how many <unit>" question measures in: regex of the question's spelling -> regex of a
# listing's "<number> <unit>". Such a question asks for a figure, never the price or the stock count.
UNITS: list[tuple[str, str]] = [
    (r"(?:meters?|metres?|米)", r"(?:m|meters?|metres?|米)"),
    (r"(?:centimet(?:er|re)s?|cm|厘米|公分)", r"(?:cm|centimet(?:er|re)s?|厘米)"),
    (r"(?:millimet(?:er|re)s?|mm|毫米)", r"(?:mm|millimet(?:er|re)s?|毫米)"),
    (r"(?:kilomet(?:er|re)s?|km|公里)", r"(?:km|kilomet(?:er|re)s?|公里)"),
    (r"(?:feet|foot|ft)", r"(?:ft|feet|foot|')"),
    (r"(?:inch(?:es)?)", r"(?:in|inch(?:es)?|\")"),
    (r"(?:hours?|hrs?|小时)", r"(?:h|hours?|hrs?|小时)"),
    (r"(?:minutes?|mins?|分钟)", r"(?:min|mins|minutes?|分钟)"),
    (r"(?:days?|天)", r"(?:days?|天)"),
    (r"(?:kilo(?:gram)?s?|kg|公斤)", r"(?:kg|kilo(?:gram)?s?|公斤)"),
    (r"(?:grams?|克)", r"(?:g|grams?|克)"),
    (r"(?:pounds?|lbs?)", r"(?:lbs?|pounds?)"),
    (r"(?:ounces?|oz)", r"(?:oz|ounces?)"),
    (r"(?:millilit(?:er|re)s?|ml|毫升)", r"(?:ml|millilit(?:er|re)s?|毫升)"),
    (r"(?:lit(?:er|re)s?|升)", r"(?:l|lit(?:er|re)s?|升)"),
    (r"(?:watts?)", r"(?:w|watts?)"),
    (r"(?:mah)", r"(?:mah)"),
    (r"(?:lumens?|lm)", r"(?:lm|lumens?)"),
]
_MEASURE_ASK = r"(?:\bhow (?:many|much)\s+|多少|几)"
BRIGHTNESS_ASK = re.compile(r"\bhow bright\b|\bbrightness\b|亮度|多亮")


def measured_unit(text: str) -> str | None:
    """The listing-side regex of the unit a "how many metres?" / "多少米" question asks in, or None."""
    t = fold(text)
    if BRIGHTNESS_ASK.search(t):  # "how bright is it?": a figure in lumens
        return r"(?:lm|lumens?)"
    for asked, listed in UNITS:
        if re.search(_MEASURE_ASK + asked + r"(?![a-z])", t):
            return listed
    return None


@dataclass
class Shape:
    price: bool
    stock: bool
    variant: bool
    list_values: bool
    compare: bool
    restock: bool
    sale: bool
    attribute: str | None  # topic name
    attribute_words: list[str]
    question: bool
    greeting: bool
    this: bool
    measure: str | None = None  # a "how many <unit>" question: the listing-side unit regex


def read_shape(text: str) -> Shape:
    t = fold(text).strip()
    topic, words = None, []
    for rx, name, keys in ATTRIBUTE_TOPICS:
        if rx.search(t):
            topic, words = name, keys
            break
    unit = measured_unit(t)
    if unit and topic is None:
        topic = "measure"
    return Shape(
        price=PRICE.search(re.sub(r"\bhow much (?:weight|load)\b", " ", t)) is not None and unit is None, stock=STOCK.search(t) is not None and unit is None, variant=VARIANT.search(t) is not None,
        list_values=LIST_VALUES.search(t) is not None, compare=COMPARE.search(t) is not None,
        restock=RESTOCK.search(t) is not None, sale=SALE.search(t) is not None, attribute=topic, attribute_words=words,
        question=QUESTION.search(t) is not None or asks_inside(t), greeting=GREETING.search(t) is not None, this=THIS.search(t) is not None,
        measure=unit,
    )
