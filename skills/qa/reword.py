"""Optional LLM rewording of a template answer: the facts are fixed first, the LLM may only
rephrase them. Every number in its output must be one of the template's numbers, and every price
in the template must survive; on any mismatch, timeout or outage the template is sent."""

from __future__ import annotations

import logging
import re
from typing import Any

log = logging.getLogger("livebot.skill.qa")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
PRICE = re.compile(r"(?:[$€£¥₹]|US\$)\s?(\d+(?:[.,]\d+)*)|(\d+(?:[.,]\d+)*)\s?(?:美元|元|USD|EUR|GBP)")

SYSTEM = ("You rephrase a live-stream shop assistant's answer so it sounds friendly and natural in chat. "
          "Keep every product name, number, price, size and colour exactly as given. Add no facts, no prices, "
          "no promises. Answer in {language}, in at most two short sentences, without quotes.")


def _canon(n: str) -> str:
    n = n.replace(",", "")
    return n.rstrip("0").rstrip(".") if "." in n else n


def numbers(text: str) -> set[str]:
    return {_canon(n) for n in NUMBER.findall(text)}


def prices(text: str) -> set[str]:
    return {_canon(a or b) for a, b in PRICE.findall(text)}


def faithful(template: str, candidate: str) -> bool:
    """The candidate says no number the template does not, and keeps every price of the template."""
    got = numbers(candidate)
    return got <= numbers(template) and prices(template) <= got and len(candidate) <= 3 * len(template) + 40


async def reword(llm: Any, template: str, lang: str, timeout: float) -> str:
    if llm is None:
        return template
    try:
        out = await llm.complete(SYSTEM.format(language="Simplified Chinese" if lang == "zh" else "English"),
                                 template, max_tokens=160, temperature=0.3, timeout=timeout)
    except Exception:  # an LLM outage must never cost the viewer the answer
        log.warning("LLM rewording failed; sending the template answer", exc_info=True)
        return template
    if not out or not out.strip():
        return template
    out = out.strip().strip('"').strip()
    if not faithful(template, out):
        log.info("LLM rewording changed the facts (%r -> %r); sending the template answer", template, out)
        return template
    return out
