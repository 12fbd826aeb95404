"""Answer-phrase lists shared by the round-6 builders (same conventions as questions_dev.jsonl)."""
YES = ["yes", "yep", "yeah", "yup", "sure", "it does", "they do", "we do", "we have", "comes in", "available",
       "有的", "有", "可以", "是的", "对", "支持", "能"]
YES_NO = ["doesn't", "does not", "don't", "do not", "isn't", "not available", "unfortunately",
          "没有", "没", "不是", "不能", "不支持", "不提供", "不行"]
NO = ["no", "nope", "not", "doesn't", "does not", "don't", "do not", "isn't", "only", "没有", "没", "不", "只有", "无"]
NO_YES = ["yes", "yep", "是的"]
IN_STOCK = ["in stock", "available", "left", "有货", "有库存", "现货", "还有"]
OOS = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "none left", "0 left",
       "缺货", "售罄", "没货", "卖完", "无货", "没有库存", "没库存", "断货"]


def ideal(question: dict) -> str:
    """An answer the grader must score correct: proves each gold item is satisfiable and not self-contradictory."""
    e = question["expect"]
    if question["type"] == "chitchat":
        return "Hi, welcome to the stream!"
    if not e["answerable"]:
        return "Sorry, I don't know that one."
    return " / ".join(str(x[0] if isinstance(x, list) else x) for x in e["must_include"])
