"""An unread word said as a modifier before 的 ("有没有得伟的电钻": 得伟 is another brand's name): the
product asked about is one we cannot tell, so it is never "yes, we have N of those"."""

from __future__ import annotations

from skills.qa.text import zh_pieces


def unread_modifier(question: str) -> bool:
    """True when the word(s) right before a 的 hold an unread run: "X的Y" with X a name we don't read (a
    brand, a maker) says which Y, and we cannot tell which. A kept word before 的 ("我的") is no modifier."""
    pieces = zh_pieces(question)
    for i, piece in enumerate(pieces):
        if piece.text != "的" or i == 0:
            continue
        before = pieces[i - 1]
        if before.gloss is None and not before.kept and any("\u3400" <= c <= "\u9fff" for c in before.text):
            return True
    return False
