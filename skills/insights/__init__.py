"""Streamer insights: sentiment and questions per message, !digest, the after-stream report."""

from skills.insights.skill import InsightsSkill as SKILL

__all__ = ["SKILL"]
