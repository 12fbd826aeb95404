"""Write one piece of copy: LLM when one answers in time, checked against the facts; else a template.

Order: a draft from the model -> grounding check + the moderation screen -> on a problem, one more
draft told what was wrong -> on another problem (or no answer in time) a template, which goes through
the same checks. The whole LLM part has one deadline, so a slow endpoint costs at most that long.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from skills.copywriter.facts import ProductFacts
from skills.copywriter.grounding import check_copy
from skills.copywriter.prompt import system_prompt, user_prompt
from skills.copywriter.templates import TemplateWriter

log = logging.getLogger("livebot.skill.copywriter")

OutgoingCheck = Callable[[str], Awaitable[str | None]]
LengthFn = Callable[[str], int]

# how long each style aims to be; the platform's limit caps it further
STYLE_TARGET = {"short": 140, "hype": 300, "detailed": 600}


@dataclass
class CopyResult:
    text: str
    source: str  # "llm" or "template"
    rejected: list[list[str]] = field(default_factory=list)  # problems of the drafts thrown away


class CopyWriter:
    def __init__(self, *, llm: Any = None, templates: TemplateWriter | None = None,
                 outgoing_check: OutgoingCheck | None = None, other_names: Callable[[], Iterable[str]] = list,
                 allowed_domains: Iterable[str] = (), llm_timeout: float = 8.0,
                 temperature: float | None = None) -> None:
        self.llm = llm
        self.templates = templates or TemplateWriter()
        self.outgoing_check = outgoing_check
        self.other_names = other_names
        self.allowed_domains = list(allowed_domains)
        self.llm_timeout = llm_timeout
        self.temperature = temperature

    async def write(self, facts: ProductFacts, style: str, lang: str, limit: int,
                    length: LengthFn = len) -> CopyResult:
        target = min(limit, STYLE_TARGET.get(style, 300))
        rejected: list[list[str]] = []
        if self.llm is not None and getattr(self.llm, "available", True):
            text = await self._from_llm(facts, style, lang, target, limit, length, rejected)
            if text is not None:
                return CopyResult(text, "llm", rejected)
        return CopyResult(await self._from_template(facts, style, lang, target, length, rejected), "template", rejected)

    # ------------------------------------------------------------------ the model
    async def _from_llm(self, facts: ProductFacts, style: str, lang: str, target: int, limit: int,
                        length: LengthFn, rejected: list[list[str]]) -> str | None:
        loop = asyncio.get_running_loop()
        end = loop.time() + self.llm_timeout
        system = system_prompt(style, lang, target)
        max_tokens = min(1024, (target + 40) if lang == "zh" else (target // 2 + 40))
        problems: list[str] = []
        for attempt in range(2):  # the first draft, and one more told what was wrong
            remaining = end - loop.time()
            if remaining <= 0.05:
                log.info("copy for %s: LLM deadline used up; template instead", facts.sku)
                return None
            draft = await self.llm.complete(system, user_prompt(facts, problems or None), max_tokens=max_tokens,
                                            temperature=self.temperature, timeout=remaining)
            if draft is None:
                return None
            text = fit_length(clean_draft(draft), limit, length)
            problems = await self.problems(text, facts)
            if not problems:
                return text
            rejected.append(problems)
            log.warning("copy for %s: draft %d rejected (%s): %r", facts.sku, attempt + 1, "; ".join(problems),
                        draft[:200])
        return None

    # ------------------------------------------------------------------ templates
    async def _from_template(self, facts: ProductFacts, style: str, lang: str, target: int, length: LengthFn,
                             rejected: list[list[str]]) -> str:
        for attempt in range(4):
            if attempt == 2 and facts.blurb:
                facts = replace(facts, blurb="")  # the catalog description itself may be the trouble
            text = self.templates.write(facts, style, lang, target, length)
            problems = await self.problems(text, facts)
            if not problems:
                return text
            rejected.append(problems)
            log.warning("copy for %s: template draft rejected (%s)", facts.sku, "; ".join(problems))
        # the barest line there is: the name and the catalog price
        return f"{facts.name} — {facts.price_text()}"

    async def problems(self, text: str, facts: ProductFacts) -> list[str]:
        problems = check_copy(text, facts, other_names=self.other_names(), allowed_domains=self.allowed_domains)
        if not problems and self.outgoing_check is not None:
            try:
                reason = await self.outgoing_check(text)
            except Exception:  # a broken screen must not let text through unchecked
                log.exception("moderation screen failed on a copy draft")
                reason = "the moderation screen failed"
            if reason:
                problems.append(f"moderation: {reason}")
        return problems


def clean_draft(text: str) -> str:
    """Strip what models wrap copy in: quotes, a label line, stray whitespace."""
    text = text.strip()
    text = re.sub(r"^(?:here(?:'s| is) (?:the|your|an?) [^\n:]*:|ad(?: copy)?:)\s*", "", text, flags=re.IGNORECASE)
    for left, right in (('"', '"'), ("“", "”"), ("'", "'"), ("「", "」")):
        if len(text) > 1 and text.startswith(left) and text.endswith(right):
            text = text[1:-1].strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def fit_length(text: str, limit: int, length: LengthFn = len) -> str:
    """Cut at the last sentence end that fits; the grounding check then still sees the name."""
    if length(text) <= limit:
        return text
    sentences = re.split(r"(?<=[.!?。！？])\s*", text)
    out = ""
    for sentence in sentences:
        candidate = f"{out} {sentence}".strip() if out and not re.search(r"[\u4e00-\u9fff]$", out) else out + sentence
        if length(candidate) > limit:
            break
        out = candidate
    return out or text[: max(0, limit - 1)].rstrip() + "…"
