"""Product recommendations from viewers' history (collaborative filtering); see docs/recommend.md."""

from skills.recommend.skill import RecommendSkill as SKILL

__all__ = ["SKILL"]
