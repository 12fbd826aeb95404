"""Copywriter skill: grounded ad copy (LLM or templates), timed announcements and flash sales."""

from skills.copywriter.skill import CopywriterSkill as SKILL

__all__ = ["SKILL"]
