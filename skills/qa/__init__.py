"""Product Q&A: grounded answers from the catalog and the shop FAQ, in English and Chinese."""

from skills.qa.skill import QASkill as SKILL

__all__ = ["SKILL"]
