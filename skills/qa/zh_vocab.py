"""Chinese words for products beyond clothing, read as the English words shop listings use.

Chat in Chinese names English-listed products by what they are ("抹茶", "咖啡豆", "滤杯") and by
well-known origins and flavours ("哥伦比亚", "伯爵茶"). These are everyday shop words across common
kinds of shops (coffee and tea, kitchen, food and spices, beauty, electronics, home), not any one
catalog's names. Longer words win over their parts ("咖啡豆" before "咖啡").
"""

from __future__ import annotations

ZH_PRODUCT_WORDS: dict[str, str] = {
    # coffee
    "咖啡豆": "coffee beans", "咖啡粉": "ground coffee", "咖啡": "coffee", "浓缩咖啡": "espresso", "意式浓缩": "espresso",
    "意式": "espresso", "浓缩": "espresso", "冷萃": "cold brew", "低因": "decaf", "脱因": "decaf", "拼配": "blend",
    "单品": "single origin", "整豆": "whole bean", "研磨": "grind", "磨粉": "ground", "法压壶": "french press",
    "法压": "french press", "手冲壶": "pour over kettle", "手冲": "pour over", "滤杯": "dripper", "滤纸": "filters",
    "滤网": "filter", "磨豆机": "grinder", "咖啡机": "coffee machine", "烘焙": "roast", "深烘": "dark roast",
    "浅烘": "light roast", "中烘": "medium roast",
    # tea
    "抹茶": "matcha", "绿茶": "green tea", "红茶": "black tea", "乌龙茶": "oolong", "乌龙": "oolong", "白茶": "white tea",
    "普洱": "pu erh", "伯爵茶": "earl grey", "伯爵": "earl grey", "洋甘菊": "chamomile", "薄荷茶": "peppermint tea",
    "路易波士": "rooibos", "南非博士茶": "rooibos", "印度奶茶": "chai", "玛萨拉": "masala", "煎茶": "sencha",
    "铁观音": "tie guan yin", "茶包": "tea bags", "袋泡茶": "tea bags", "散茶": "loose leaf", "散装": "loose leaf",
    "茶叶": "tea", "花草茶": "herbal tea", "茶": "tea",
    # kitchen and tableware
    "电水壶": "electric kettle", "烧水壶": "kettle", "手冲细口壶": "gooseneck kettle", "细口壶": "gooseneck kettle",
    "马克杯": "mug", "玻璃杯": "glass", "双层玻璃杯": "double wall glass", "杯子": "cup", "茶杯": "cup",
    "冷萃瓶": "cold brew bottle", "糖浆": "syrup", "礼品卡": "gift card", "购物卡": "gift card", "礼盒": "gift box",
    "研钵": "mortar", "砧板": "cutting board", "锅": "pan", "刀": "knife", "套装": "set",
    # food, spices, flavours
    "香草": "vanilla", "焦糖": "caramel", "榛子": "hazelnut", "巧克力": "chocolate", "可可": "cocoa", "蜂蜜": "honey",
    "肉桂": "cinnamon", "红椒粉": "paprika", "辣椒粉": "paprika", "烟熏": "smoked", "藏红花": "saffron",
    "黑胡椒": "black pepper", "胡椒": "pepper", "姜": "ginger", "豆蔻": "cardamom", "薰衣草": "lavender",
    "坚果": "nuts", "燕麦": "oats",
    # places products are named after
    "哥伦比亚": "colombia", "埃塞俄比亚": "ethiopia", "耶加雪菲": "yirgacheffe", "巴西": "brazil", "肯尼亚": "kenya",
    "墨西哥": "mexico", "苏门答腊": "sumatra", "曼特宁": "mandheling", "危地马拉": "guatemala", "哥斯达黎加": "costa rica",
    "阿萨姆": "assam", "大吉岭": "darjeeling", "锡兰": "ceylon", "宇治": "uji", "马达加斯加": "madagascar",
    # what food listings say about themselves
    "麸质": "gluten", "无麸质": "gluten free", "素食": "vegan", "纯素": "vegan", "有机": "organic", "咖啡因": "caffeine",
    "无咖啡因": "caffeine free", "添加糖": "added sugar", "坚果过敏": "nut allergy", "保质期": "shelf life",
    # beauty, electronics, home
    "口红": "lipstick", "面霜": "cream", "精华": "serum", "洗面奶": "cleanser", "香水": "perfume", "耳机": "headphones",
    "充电器": "charger", "数据线": "cable", "音箱": "speaker", "键盘": "keyboard", "鼠标": "mouse", "蜡烛": "candle",
    "枕头": "pillow", "毯子": "blanket", "毛巾": "towel",
    # skincare and make-up (longer words first win, so 粉底液 is foundation, not the colour 粉)
    "防晒霜": "sunscreen", "防晒乳": "sunscreen", "防晒喷雾": "sunscreen spray", "防晒": "sunscreen",
    "粉底液": "foundation", "粉底": "foundation", "气垫": "cushion", "遮瑕": "concealer", "散粉": "powder",
    "蜜粉": "powder", "腮红": "blush", "眼影": "eyeshadow", "睫毛膏": "mascara", "眼线": "eyeliner", "眉笔": "brow pencil",
    "润唇膏": "lip balm", "唇膏": "lipstick", "唇釉": "lip gloss", "唇彩": "lip gloss", "色号": "shade",
    "身体乳": "body lotion", "身体霜": "body cream", "身体油": "body oil", "护手霜": "hand cream", "眼霜": "eye cream",
    "面膜": "mask", "泥膜": "clay mask", "爽肤水": "toner", "化妆水": "toner", "乳液": "lotion", "精华液": "serum",
    "卸妆油": "cleansing oil", "卸妆": "makeup remover", "洁面": "cleanser", "沐浴露": "body wash", "洗发水": "shampoo",
    "护发素": "conditioner", "无香型": "unscented", "无香款": "unscented", "无香": "unscented", "香精": "fragrance",
    "无酒精": "alcohol free", "酒精": "alcohol", "孕妇": "pregnant", "孕期": "pregnancy", "哺乳期": "breastfeeding",
    "敏感肌": "sensitive skin", "油皮": "oily skin", "干皮": "dry skin", "烟酰胺": "niacinamide", "玻尿酸": "hyaluronic acid",
    "透明质酸": "hyaluronic acid", "视黄醇": "retinol", "维c": "vitamin c", "维生素c": "vitamin c",
    "椰子味": "coconut", "椰子": "coconut", "玫瑰": "rose", "柑橘": "citrus", "柠檬": "lemon", "桃子": "peach",
}
