"""A product's own price or sale asked, with the name typed loosely: not a question for the FAQ.

"is the pro esentials brush set on sale? what was it before" shares "sale" and "set" with a discount-code FAQ
entry, but it names a product (one word misspelt) and asks what that product costs and cost before. A policy
entry never answers that; the product's price does, or, when the name is not clear enough, "which one?".
"""

from __future__ import annotations

from skills.qa.intent import Shape
from skills.qa.matcher import Match

NAMED = 0.5  # most of one product's name said (typos discounted)
AHEAD = 0.2  # and clearly more of it than of any other name


def names_product_loosely(shape: Shape, matches: list[Match]) -> bool:
    """Does the line ask a price / sale / old price of a product whose name it mostly says?"""
    if not (shape.price or shape.sale) or not matches:
        return False
    top = matches[0]
    runner = matches[1] if len(matches) > 1 else None
    # ahead by a margin, or the runner-up named only by some of the same words ("brush set" of two brush sets)
    ahead = runner is None or top.score - runner.score >= AHEAD or runner.matched < top.matched
    return top.score >= NAMED and ahead and len(top.matched) >= 2
