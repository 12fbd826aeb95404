"""Config schema of the Q&A skill (the ``skills.qa`` section of livebot.yaml)."""

from __future__ import annotations

from pydantic import Field

from bot.config import SkillConfig


class QAConfig(SkillConfig):
    # answer clear product questions even when they do not address the bot (off by default)
    passive: bool = False
    # passive mode: wait this long to gather the same question from several viewers, then answer once
    passive_batch_seconds: float = Field(2.0, ge=0, le=60)
    # passive mode: the same question is not answered again within this many seconds
    passive_cooldown_seconds: float = Field(60.0, ge=0, le=3600)
    # answer "@<bot name> ..." and replies to the bot's messages
    answer_mentions: bool = True
    # recommender interaction weights: a product question, and a product merely named in chat
    question_weight: float = Field(1.0, ge=0, le=100)
    mention_weight: float = Field(0.3, ge=0, le=100)
    # let the configured LLM (top-level llm:) rephrase answers; facts and numbers are checked
    reword: bool = True
    reword_timeout_seconds: float = Field(3.0, gt=0, le=30)
    # how many option values (sizes, colours) an answer lists at most
    max_values_listed: int = Field(8, ge=1, le=50)
