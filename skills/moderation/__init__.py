"""Auto-moderation: a toxic/spam classifier, chat rules, an escalation ladder and an audit log.

Kept light: the model loads in ``setup``. Scoring API for other parts: ``skills.moderation.classifier``.
"""

from skills.moderation.skill import ModerationSkill as SKILL

__all__ = ["SKILL"]
