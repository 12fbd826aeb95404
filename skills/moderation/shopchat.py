"""Generated ordinary live-shopping chat: extra *ok* training rows the public data sets lack.

None of the five public sources contains a single product question, so the model had learnt that
short questions ("can I pay in bitcoin", "damn that is cheap") look like Davidson's short
offensive tweets. These rows are generated from templates with a fixed seed (no scraped text);
`tests/data/moderation/benign_chat.txt` is written separately and never trained on.
"""

from __future__ import annotations

import random

PRODUCTS = ["hoodie", "t-shirt", "dress", "jacket", "scarf", "mug", "candle", "tote bag", "backpack", "sneakers",
            "boots", "lipstick", "serum", "face cream", "perfume", "headphones", "phone case", "charger", "lamp",
            "blender", "kettle", "pan set", "yoga mat", "water bottle", "necklace", "ring", "earrings", "watch",
            "sunglasses", "hat", "socks", "jeans", "skirt", "sweater", "pajamas", "blanket", "pillow", "toy car",
            "puzzle", "notebook", "pen set", "plant pot", "dog collar", "cat bed", "coffee beans", "tea set"]
COLOURS = ["black", "white", "red", "blue", "green", "pink", "beige", "grey", "navy", "purple", "yellow", "brown"]
SIZES = ["XS", "S", "M", "L", "XL", "2XL", "size 8", "size 10", "medium", "large", "small", "one size"]
PLACES = ["Canada", "the UK", "Germany", "France", "Australia", "Mexico", "Brazil", "Japan", "Texas", "NYC",
          "Spain", "Italy", "India", "the Philippines", "Nigeria", "Poland", "Ireland", "Chile"]
PAYMENTS = ["PayPal", "Apple Pay", "Google Pay", "Klarna", "Afterpay", "bitcoin", "credit card", "debit card",
            "cash on delivery", "Venmo", "a gift card", "store credit"]
INTERJECTIONS = ["", "", "", "omg ", "wow ", "damn ", "ok ", "lol ", "haha ", "hey ", "yo ", "ahh ", "ugh ", "oh "]
EN = [
    "how much is the {p}", "how much is the {c} {p}?", "price of the {p}?", "is the {p} in stock",
    "do you have the {p} in {c}", "do you have the {p} in {s}?", "is the {s} sold out", "{i}that {p} is so cute",
    "{i}that is cheap", "{i}that is a killer price", "{i}this {p} is sick", "{i}the {c} one is gorgeous",
    "can I use {pay}", "can I pay in {pay}?", "do you take {pay}", "do you ship to {pl}",
    "how long is shipping to {pl}", "shipping to {pl} free?", "does the code {code} work on the {p}",
    "is {code} the code", "is {code} still valid", "what is the discount code", "code pls", "just ordered the {p}!",
    "{i}I need that {p}", "{i}adding the {p} to cart", "will the {p} be restocked", "when is the next drop",
    "what is the {p} made of", "is the {p} waterproof", "does the {p} run small", "is the {p} true to size",
    "can you show the {p} again", "show the back side of the {p}", "zoom in on the {p} please",
    "how heavy is the {p}", "what are the dimensions of the {p}", "is there a warranty on the {p}",
    "my {p} arrived today, love it", "bought the {p} last week and it's great", "{i}my wife will kill me if I buy another {p}",
    "{i}I'm dying, the {c} {p} is too cute", "shut up and take my money", "{i}no way the {p} is that cheap",
    "stupid question but does the {p} come in {s}", "is this real leather or fake", "is the {p} vegan",
    "where is the {p} made", "are these made in {pl}?", "{i}I hate that the {p} sold out", "{i}this price is insane",
    "can I return the {p} if it doesn't fit", "how do returns work", "do you do gift wrapping",
    "how many {p}s are left", "is it buy 2 get 1 free on the {p}", "can I get 2 {p}s for the sale price",
    "{i}thanks for the stream", "{i}hi from {pl}!", "first time here, what do you sell", "great show today",
    "what time is the stream tomorrow", "can you repeat the price", "is the {p} for kids or adults",
]
ZH = ["这个{zp}多少钱", "{zp}有{zc}的吗", "{zp}还有货吗", "{zs}没货了吗", "包不包邮", "发{zpl}吗", "{zpl}包邮吗",
      "几天能到{zpl}", "可以用{zpay}付款吗", "支持{zpay}吗", "优惠码是什么", "{code}还能用吗", "{zp}质量怎么样",
      "这个{zp}太贵了吧", "这个{zp}好便宜", "{zc}的好看", "我要一个{zc}的", "女生能用吗", "男生穿合适吗",
      "老人能用吗", "小孩可以用吗", "{zp}是什么材质的", "能再展示一下{zp}吗", "{zp}防水吗", "能退货不",
      "已下单{zp}", "买了买了", "主播好可爱哈哈", "感谢主播", "{zp}什么时候补货", "明天几点直播", "哪里发货",
      "尺码偏大吗", "{zh}选哪个码", "{zp}有赠品吗", "买二送一吗", "活动到几点", "刚收到{zp}，很喜欢"]
ZH_PRODUCTS = ["卫衣", "T恤", "裙子", "外套", "围巾", "杯子", "蜡烛", "包", "背包", "运动鞋", "口红", "面霜", "香水",
               "耳机", "手机壳", "台灯", "锅", "瑜伽垫", "项链", "戒指", "手表", "墨镜", "帽子", "袜子", "牛仔裤", "毛衣",
               "睡衣", "毯子", "枕头", "玩具", "茶具", "咖啡豆",
               # everyday goods whose names hold characters that are insults elsewhere (垃圾 "trash",
               # 死 "dead", 黑人 a toothpaste brand): asking about them is shopping, not abuse
               "垃圾袋", "垃圾桶", "杀虫剂", "去死皮膏", "黑人牙膏", "狗粮", "猫砂", "屁屁霜", "灭蚊灯", "鸡胸肉"]
ZH_COLOURS = ["黑色", "白色", "红色", "蓝色", "绿色", "粉色", "灰色", "米色", "紫色", "黄色"]
ZH_SIZES = ["小号", "中号", "大号", "加大码", "S码", "M码", "L码", "XL码"]
ZH_PLACES = ["北京", "上海", "广东", "河南", "东北", "新疆", "西藏", "四川", "湖南", "香港", "台湾", "海外", "美国", "日本"]
ZH_PAY = ["微信", "支付宝", "信用卡", "花呗", "货到付款", "PayPal"]
ZH_HEIGHT = ["身高160", "身高170", "身高180", "120斤", "150斤"]
CODES = ["LIVE10", "LIVE20", "SAVE15", "WELCOME5", "FLASH30", "VIP10"]


def generate(n: int = 3000, seed: int = 13) -> list[str]:
    """``n`` distinct ordinary shop-chat messages, two thirds English, one third Chinese."""
    rnd = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        if rnd.random() < 2 / 3:
            text = rnd.choice(EN).format(p=rnd.choice(PRODUCTS), c=rnd.choice(COLOURS), s=rnd.choice(SIZES),
                                         pl=rnd.choice(PLACES), pay=rnd.choice(PAYMENTS), i=rnd.choice(INTERJECTIONS),
                                         code=rnd.choice(CODES))
            style = rnd.random()
            text = text.capitalize() if style < 0.3 else (text.upper() if style < 0.35 else text)
        else:
            text = rnd.choice(ZH).format(zp=rnd.choice(ZH_PRODUCTS), zc=rnd.choice(ZH_COLOURS), zs=rnd.choice(ZH_SIZES),
                                         zpl=rnd.choice(ZH_PLACES), zpay=rnd.choice(ZH_PAY), zh=rnd.choice(ZH_HEIGHT),
                                         code=rnd.choice(CODES))
            text += rnd.choice(["", "", "？", "?", "！", "~", "呀", "呢"])
        out.add(text)
    return sorted(out)
