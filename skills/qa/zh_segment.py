"""Cut Chinese text into dictionary words, so a run like "猫薄荷鱼玩具" reads as 猫薄荷 + 鱼 + 玩具.

Chinese chat has no spaces, and a greedy longest-match reads "多少钱包邮" as 多少 + 钱包 (wallet) + 邮.
Here every cut of a run is weighed: the fewest characters left unread first, then the fewest words
(longer words win), and among equals the longer first word. "Kept" words (question words and
fillers: 多少钱, 包邮, 有货) take part in the cut so they are never split into product words, and
stay as written. Dynamic programming over the text; a chat line costs well under a millisecond.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Protocol

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ALNUM = re.compile(r"[a-z0-9]")


@dataclass(frozen=True)
class Piece:
    text: str  # as written (folded)
    gloss: str | None  # the English words, or None: as written (a kept word, a unit, unread text)
    kept: bool = False  # a kept word or a unit after a number: read, and left as written


class Fallback(Protocol):
    """A second, weaker dictionary (skills/qa/zh_fallback: CC-CEDICT restricted to one catalog's words)."""

    def read(self, word: str) -> str | None:
        """The word's reading; "" = read, naming nothing (a suffix); None = not a word."""

    def alternates(self, word: str) -> tuple[str, ...]:
        """Stems of the other head nouns the word may stand for."""

    def is_word(self, word: str) -> bool:
        """Is it a word of the dictionary at all (read here or not)?"""

    def kind_of(self, word: str, ours: str) -> bool:
        """Is the dictionary word a kind of our word it ends in (前灯 "headlight" of 灯 "lamp")?"""

    def is_form(self, char: str, ours: str) -> bool:
        """Does the character, right after our type word, say its form (遮瑕 + 液 "liquid")?"""


class Segmenter:
    """Dictionary cutter. ``glosses``: word -> English; ``kept``: words that stay as written."""

    def __init__(self, glosses: dict[str, str], kept: set[str] | frozenset[str] = frozenset(),
                 after_number: set[str] | frozenset[str] = frozenset()) -> None:
        """``after_number``: words kept as written right after a digit ("10克", "2罐"), whatever they are
        elsewhere (罐 is a jar, 米 part of 小米)."""
        self.glosses = dict(glosses)
        self.after_number = frozenset(after_number)
        self.words: dict[str, str | None] = {w: None for w in kept if w}
        self.words.update({w: g for w, g in self.glosses.items() if w})
        self.longest = max((len(w) for w in self.words), default=1)
        # a weaker dictionary, tried only where our words leave Chinese unread
        self.fallback: Fallback | None = None
        self.fallback_longest = 0
        self._done: dict[str, tuple[Piece, ...]] = {}  # recent cuts (with a fallback only)

    def with_fallback(self, fallback: Fallback, longest: int) -> Segmenter:
        """This segmenter (sharing its words) with a fallback dictionary of words up to ``longest``."""
        other = copy.copy(self)
        other.fallback, other.fallback_longest = fallback, longest
        other._done = {}
        return other

    def _fits(self, text: str, start: int, word: str) -> bool:
        """A word with Latin letters at an edge ("t恤", "u盘") must not sit inside a Latin word."""
        end = start + len(word)
        if _ALNUM.match(word[0]) and start > 0 and _ALNUM.match(text[start - 1]):
            return False
        return not (_ALNUM.match(word[-1]) and end < len(text) and _ALNUM.match(text[end]))

    def cut(self, text: str) -> list[Piece]:
        """Pieces covering the whole (folded) text in order; non-Chinese text passes through."""
        if not _CJK.search(text):
            return [Piece(text, None)] if text else []
        if self.fallback is None:
            return self._cut(text, None)
        done = self._done.get(text)  # one chat line is cut several times (matcher, guards): once is enough
        if done is None:
            if len(self._done) > 4096:
                self._done.clear()
            done = self._done[text] = tuple(self._cut_with_fallback(text))
        return list(done)

    def _cut_with_fallback(self, text: str) -> list[Piece]:
        assert self.fallback is not None
        pieces = self._whole_words(text, self._cut(text, None))
        # the fallback reads only what our own words left unread: every word of ours stays as cut
        out: list[Piece] = []
        at = 0
        for piece in pieces:
            start, at = at, at + len(piece.text)
            unread = piece.gloss is None and not piece.kept and _CJK.search(piece.text)
            across = self._words_across(text, start, at) if unread else []
            across = [w for w in across if not self._kind_of_ours(w)]  # 前灯 "headlight": 前 + 灯, read apart
            longest = max(map(len, across), default=0)
            across = [w for w in across if len(w) == longest]  # the most specific: 蛋白质 "protein", not 蛋白
            if not unread or any(self.fallback.read(w) is None for w in across):
                out.append(piece)
                continue
            sub = self._unglued(self._cut(piece.text, self.fallback))
            if across:  # read alone, it must agree with the word it forms with its neighbours (钻 of 钻戒)
                agreed = {w for word in across for w in (self.fallback.read(word) or "").split()}
                sub = [p if p.gloss is None or set(p.gloss.split()) <= agreed else Piece(p.text, None) for p in sub]
            out.extend(sub)
        for k in range(1, len(out)):  # 遮瑕液: 液 "liquid" is the concealer's form, not a second product
            p, before = out[k], out[k - 1]
            if len(p.text) == 1 and p.gloss and p.text not in self.words and before.gloss \
                    and before.text in self.words and self.fallback.is_form(p.text, before.text):
                out[k] = Piece(p.text, None, True)
        merged: list[Piece] = []  # neighbouring unread text as one piece
        for piece in out:
            if merged and piece.gloss is None and not piece.kept and merged[-1].gloss is None and not merged[-1].kept:
                merged[-1] = Piece(merged[-1].text + piece.text, None)
            else:
                merged.append(piece)
        return merged

    def _whole_words(self, text: str, pieces: list[Piece]) -> list[Piece]:
        """Unread characters and the words of ours after them that together make one dictionary word naming what
        this catalog names (龟背 + 竹 "bamboo": 龟背竹 "monstera deliciosa"; 牛 + 油 "oil": 牛油 "beef tallow") are
        read as that word: the compound the viewer wrote, not our word in it."""
        assert self.fallback is not None
        prose = getattr(self.fallback, "prose_only", None)
        ends, at = [], 0
        for p in pieces:
            at += len(p.text)
            ends.append(at)
        out: list[Piece] = []
        k = 0
        while k < len(pieces):
            p, start = pieces[k], ends[k] - len(pieces[k].text)
            found = None
            if p.gloss is None and not p.kept and _CJK.search(p.text[-1]):
                for j in range(k + 1, len(pieces)):  # our words after it, whole
                    if not pieces[j].gloss or pieces[j].text not in self.words:
                        break
                    for a in range(max(start, ends[j] - self.fallback_longest), ends[k]):
                        word = text[a:ends[j]]
                        if all(map(_CJK.match, word)) and (reading := self.fallback.read(word)) \
                                and not (prose and prose(word)) and (found is None or len(word) > len(found[0])):
                            found = (word, reading, j)
                            break
            if found is None:
                out.append(p)
                k += 1
                continue
            word, reading, j = found
            a, b = ends[j] - len(word), ends[j]
            if any(all(map(_CJK.match, text[x:y])) and self.fallback.is_word(text[x:y])
                   for x in range(max(0, b - self.fallback_longest), a + 1)
                   for y in range(b, min(len(text), x + self.fallback_longest) + 1) if (x, y) != (a, b)):
                out.append(p)  # part of a longer word (蛋白 "egg white" of 蛋白质 "protein"): that word decides
                k += 1
                continue
            if len(word) < ends[j] - start:
                out.append(Piece(text[start:ends[j] - len(word)], None))
            out.append(Piece(word, reading))
            k = j + 1
        return out

    def _kind_of_ours(self, word: str) -> bool:
        """Does the dictionary word end in a word of ours it is a kind of (前灯 "headlight": a 灯 light)?"""
        assert self.fallback is not None
        return any(word[k:] in self.glosses and self.fallback.kind_of(word, word[k:]) for k in range(1, len(word)))

    def _unknown_word(self, word: str) -> bool:
        """A word of the fallback dictionary that it cannot read here (no sense the catalog uses)."""
        assert self.fallback is not None
        return len(word) > 1 and bool(_CJK.fullmatch(word[0])) and all(map(_CJK.match, word)) \
            and self.fallback.is_word(word) and self.fallback.read(word) is None

    def _words_across(self, text: str, start: int, end: int) -> list[str]:
        """Dictionary words that hold part of the unread text [start, end) and reach into the words beside it
        (无线电 "radio" for 电 after 无线; 洗发 for 发 after 洗; 钻戒 "diamond ring" for 钻 before 戒指). One that
        names nothing here keeps the text unread (it is that word, never 电 "lightning" on its own); one that
        does leaves only readings that agree with it."""
        assert self.fallback is not None
        out = []
        for a in range(max(0, start - 3), end):
            for b in range(max(a + 2, start + 1), min(len(text), a + 4) + 1):
                word = text[a:b]
                if (a < start or b > end) and a < end and b > start and all(map(_CJK.match, word)) \
                        and self.fallback.is_word(word):
                    out.append(word)
        return out

    def _unglued(self, pieces: list[Piece]) -> list[Piece]:
        """One character the fallback read stays unread when a character beside it is unread (持妆: 妆 is no
        "makeup" on its own) or when, with unread characters beside it, it makes a dictionary word the fallback
        cannot read (发乳): it is part of a word we do not know."""
        flags: list[bool] = []  # per character: unread, or read as a suffix / particle
        unread: list[bool] = []  # per character: unread
        for p in pieces:
            flags += [p.gloss is None and p.text not in self.words] * len(p.text)
            unread += [p.gloss is None and not p.kept] * len(p.text)
        joined = "".join(p.text for p in pieces)
        out: list[Piece] = []
        at = 0
        for p in pieces:
            o, at = at, at + len(p.text)
            lone = len(p.text) == 1 and p.gloss is not None and p.text not in self.words
            if lone and any(0 <= x < len(joined) and unread[x] and _CJK.match(joined[x]) for x in (o - 1, o + 1)):
                p = Piece(p.text, None)  # glued to a character nobody reads (持妆): part of a word we do not know
            elif lone and any(
                    self._unknown_word(joined[a:b]) for a in range(max(0, o - 3), o + 1)
                    for b in range(max(o + 1, a + 2), min(len(joined), a + 4) + 1)
                    if all(flags[x] or x == o for x in range(a, b))):
                p = Piece(p.text, None)
            out.append(p)
        return out

    def _cut(self, text: str, fallback: Fallback | None) -> list[Piece]:
        n = len(text)
        extra: dict[str, str | None] = {}  # the fallback's words found in this text
        # best[i]: (unread Chinese characters, characters read by the fallback, words, characters in kept
        # words) for text[i:], and the first step's length; the fallback term makes our own words win every
        # cut they can make; the last term lets a product word win a tie with a question word
        # ("可以|洗碗机|洗|吗", not "可以洗|碗|机洗|吗")
        best: list[tuple[int, int, int, int]] = [(0, 0, 0, 0)] * (n + 1)
        step = [1] * (n + 1)
        for i in range(n - 1, -1, -1):
            ch = text[i]
            unread = 1 if _CJK.match(ch) else 0
            rest = best[i + 1]
            choice, cost = 1, (rest[0] + unread, rest[1], rest[2] + unread, rest[3])
            if ch in self.after_number and i > 0 and text[i - 1].isdigit():
                choice, cost = -1, (rest[0], rest[1], rest[2] + 1, rest[3])  # a unit after a number ("10克", "2罐")
            for length in range(min(max(self.longest, self.fallback_longest if fallback else 0), n - i), 0, -1):
                word = text[i:i + length]  # longer first: they win ties
                if not _CJK.fullmatch(word[0]) and length > 1 and word not in self.words:
                    continue
                weak = 0
                if word in self.words:
                    gloss = self.words[word]
                elif fallback is not None and length <= self.fallback_longest and all(map(_CJK.match, word)):
                    if word not in extra:
                        extra[word] = fallback.read(word)
                    if extra[word] is None:
                        continue
                    gloss, weak = extra[word] or None, length
                else:
                    continue
                if _CJK.search(word) and self._fits(text, i, word):
                    after = best[i + length]
                    candidate = (after[0], after[1] + weak, after[2] + 1, after[3] + (length if gloss is None else 0))
                    if candidate < cost or (candidate == cost and length > abs(choice)):
                        choice, cost = length, candidate
            best[i], step[i] = cost, choice
        pieces: list[Piece] = []
        plain = ""
        i = 0
        while i < n:
            length = step[i]
            word = text[i:i + abs(length)]
            if length == -1 or length > 1 or word in self.words or extra.get(word) is not None:
                if plain:
                    pieces.append(Piece(plain, None))
                    plain = ""
                gloss = None if length == -1 else self.words[word] if word in self.words else (extra[word] or None)
                pieces.append(Piece(word, gloss, gloss is None))
            else:
                plain += word
            i += abs(length)
        if plain:
            pieces.append(Piece(plain, None))
        return pieces

    def english(self, text: str) -> str:
        """The text with every glossed word replaced by " gloss " (the rest as written)."""
        return "".join(f" {p.gloss} " if p.gloss is not None else p.text for p in self.cut(text))
