"""A yes/no policy question the policy text does not plainly decide.

"开封的蛋白粉可以退吗" (can opened protein powder be returned?) of "You can return items within 30 days ...:
supplements unopened with the seal intact": a shop assistant reads the condition the policy sets ("unopened")
against the one asked ("opened") and says no. When the question's case is not in the policy at all, they say
they are not sure and show the policy, never quote it as if it answered (a quote with no yes/no reads as one).
"""

from __future__ import annotations

import re

from skills.qa.faq import NEGATION, FaqEntry
from skills.qa.faq_polarity import _GROUP_OF, _features, _question_features
from skills.qa.text import split_sentences

# a condition and the policy's wording of its opposite: asked "opened" / "used", the policy allows "unopened"
_OPPOSITE = {_GROUP_OF["opened"]: _GROUP_OF["unopened"], _GROUP_OF["worn"]: _GROUP_OF["unopened"]}
_PERMITS = re.compile(r"\b(?:can|may|accept|accepted|eligible|returnable|refund|exchange)\b")

UNSURE = {"en": "I'm not sure about that case. Here is the shop's policy: {answer}",
          "zh": "这种情况我不确定，店铺的说明是：{answer}"}


def opposite_condition(entry: FaqEntry, question: str) -> str | None:
    """The policy sentence that allows only the opposite of the condition asked ("unopened" for "opened"), or
    None. Its permission is then a no for the case asked."""
    asked = _question_features(question)
    wanted = {_OPPOSITE[f] for f in asked if f in _OPPOSITE}
    if not wanted or wanted & asked:
        return None
    for sentence in split_sentences(entry.answer):
        low = sentence.lower()
        if _features(sentence) & wanted and _PERMITS.search(low) and not NEGATION.search(low):
            return sentence
    return None


def case_unmentioned(entry: FaqEntry, question: str) -> bool:
    """The question names a case policies set apart (opened, worn, engraved, on sale, damaged ...) that this
    policy's text never mentions, and the text gives no plain yes or no of its own."""
    cases = {f for f in _question_features(question) if f.startswith("#")}
    if re.match(r"\s*(?:yes|no)\b", entry.answer, re.I):
        return False
    return bool(cases) and not cases & _features(entry.answer)
