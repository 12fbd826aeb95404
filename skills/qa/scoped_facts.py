"""Fact lines scoped to one option value: "5-piece set includes: ...", "Large: 45 x 30 cm", "3.8L serves 3-4",
"The 1.5L model has ...", "Matte Black finish is powder-coated".

A listing often gives a fact per variant. Such a line is about the value it opens with, not about the product as
a whole, so a shop assistant reads it only for that value:

- a question that names a value (or a pinned variant) is answered from lines scoped to that value and from
  unscoped lines, never from a line scoped to another value of the same option;
- a question that names none, answered by a scoped line, gets that fact for every value, each labelled by its
  value (the lines label themselves), and no flat yes/no unless every value's line says what was asked;
- a line that only adds to the value before it ("8-piece: adds kitchen shears") is shown after that one.

The scope is a property of the line (``FactLine.scope``), found once from the listing; which values were asked is
set by the engine for the answer in hand (``asking`` / ``ask_values``), so every reader of fact lines (attributes,
measures, loads, comparisons) leaves other values' lines out without knowing about variants.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from bot.catalog import Product
from skills.qa.options import requested, values_of
from skills.qa.text import fold, name_tokens, split_sentences, stem, tokens


class FactLine(str):
    """A listing line with the option values it is about ({} when it is about the whole product)."""

    scope: dict[str, str]
    joined: bool  # several values' lines, each labelled by its value: one fact, never split into sentences
    partial: bool  # joined, and not every one of them says what was asked

    def __new__(cls, text: str, scope: dict[str, str] | None = None, partial: bool = False,
                joined: bool = False) -> FactLine:
        line = super().__new__(cls, text)
        line.scope = dict(scope or {})
        line.joined = joined or partial
        line.partial = partial
        return line


# what a variant's line says of it right after naming it: "5-piece set includes", "3.8L serves 3-4"
_VERBS = frozenset(re.findall(r"\S+", """includes include including contains contain comes come has have is are
serves serve holds hold fits fit measures measure weighs weigh adds add gives give offers offer uses takes makes
features feature gets runs works suits"""))
# words a label may have beside the value: "the 1.5L model", "Matte Black finish", "5-piece set", "for the large"
_LABEL_WORDS = frozenset(re.findall(r"\S+", """the a an our this that for in on with of each every
set model version size option variant edition finish colour color kit pack piece pieces style type one ones"""))
# a line that adds to the value before it ("8-piece: adds kitchen shears", "7-piece: plus 3 more canisters")
_RELATIVE = re.compile(r"^(?:adds?|plus|also|\+|everything (?:in|from) )")
_MAX_LABEL_WORDS = 6

_ASKED: ContextVar[dict[str, dict[str, str]] | None] = ContextVar("qa_asked_values", default=None)
_CACHE: dict[tuple[str, tuple[tuple[str, tuple[str, ...]], ...], str], tuple[dict[str, str], str]] = {}


def _multi_options(product: Product) -> dict[str, list[str]]:
    return {name: vals for name in product.option_names() if len(vals := values_of(product, name)) > 1}


def _label(clause: str) -> tuple[str, str] | None:
    """(label, body) of a clause that opens with a label: "Large: 45 x 30 cm" -> ("Large", "45 x 30 cm");
    "The 1.5L model has a lid" -> ("The 1.5L model", "has a lid")."""
    head, colon, body = clause.partition(":")
    if colon and head.strip() and len(tokens(fold(head))) <= _MAX_LABEL_WORDS + 1 and not re.search(r"https?$", head):
        words = head.split()  # "5-piece set includes: ...": the label ends before its verb
        k = next((k for k, w in enumerate(words) if k and fold(w).strip(",.;") in _VERBS), len(words))
        return " ".join(words[:k]), body.strip()
    words = clause.split()
    for k, w in enumerate(words[:_MAX_LABEL_WORDS + 1]):
        if k and fold(w).strip(",.;") in _VERBS:
            return " ".join(words[:k]), " ".join(words[k:])
    return None


def _scope_of(product: Product, options: dict[str, list[str]], clause: str) -> tuple[dict[str, str], str]:
    """(scope, body) of one clause: the values its label names, when the label says nothing but them."""
    found = _label(clause)
    if found is None:
        return {}, clause
    label, body = found
    wanted = {k: v for k, v in requested(product, label).wanted.items() if k in options}
    if not wanted:
        return {}, clause
    allowed = _LABEL_WORDS | set(name_tokens(product.name)) | {stem(t) for n in wanted for t in tokens(fold(n))}
    value_words = {t for v in wanted.values() for t in tokens(fold(v))} | {stem(t) for v in wanted.values()
                                                                         for t in tokens(fold(v))}
    rest = [t for t in tokens(fold(label)) if t not in value_words and stem(t) not in value_words
            and t not in allowed and stem(t) not in allowed and not t.isdigit()]
    # "Small" for "Small (30 x 20 cm)" is the value; "Black G10 handle" is a handle, not the Black variant
    return (wanted, body) if not rest else ({}, clause)


def _cached_scope(product: Product, options: dict[str, list[str]], clause: str) -> tuple[dict[str, str], str]:
    key = (product.sku, tuple((k, tuple(v)) for k, v in options.items()), clause)
    hit = _CACHE.get(key)
    if hit is None:
        if len(_CACHE) > 100_000:
            _CACHE.clear()
        hit = _CACHE[key] = _scope_of(product, options, clause)
    return hit


def scoped(product: Product, lines: list[str]) -> list[FactLine]:
    """The product's fact lines with their scopes; a line that gives several values' facts ("3.8L serves 3-4;
    5.2L serves 5-6.") becomes one line per value, a clause after a scoped one staying with it, and clauses
    before the first scoped one a line of their own."""
    options = _multi_options(product)
    if not options:
        return [FactLine(line) for line in lines]
    out: list[FactLine] = []
    for line in lines:
        clauses = [c for part in re.split(r"(?<=;)\s+", line) for c in split_sentences(part)] or [line]
        scopes = [_cached_scope(product, options, c.rstrip(";").strip())[0] for c in clauses]
        if not any(scopes[1:]):  # about the whole product, or all about the value it opens with
            out.append(FactLine(line, scopes[0]))
            continue
        # "Dishwasher safe. Large size has a juice groove.": the Large's clause is the Large's alone
        start = 0
        for k in range(1, len(clauses) + 1):
            if k == len(clauses) or scopes[k]:
                text = " ".join(clauses[start:k]).rstrip(";").strip()
                out.append(FactLine(text, scopes[start]))
                start = k
    return out


# ------------------------------------------------------------------ what the answer in hand asks about
@contextmanager
def asking() -> Iterator[None]:
    """One answer's span: values set by ``ask_values`` inside it hold until it ends."""
    token = _ASKED.set({})
    try:
        yield
    finally:
        _ASKED.reset(token)


def ask_values(product: Product, wanted: dict[str, str]) -> None:
    """The option values the question (or the pinned variant) names for this product."""
    holder = _ASKED.get()
    if holder is not None:
        holder[product.sku] = dict(wanted)


def _asked(product: Product) -> dict[str, str]:
    holder = _ASKED.get()
    return holder.get(product.sku, {}) if holder else {}


def _other_value(line: FactLine, asked: dict[str, str]) -> bool:
    return any(opt in asked and asked[opt] != value for opt, value in line.scope.items())


def visible(product: Product, lines: list[FactLine]) -> list[FactLine]:
    """The lines the answer may quote: none scoped to a value other than the one asked."""
    asked = _asked(product)
    return [line for line in lines if not _other_value(line, asked)] if asked else lines


# ------------------------------------------------------------------ how a scoped fact is shown
def _hits(line: str, keys: list[str]) -> int:
    from skills.qa.facts import key_pattern  # facts reads its lines through this module
    return sum(1 for k in keys if re.search(key_pattern(k), fold(line)))


def _overlap(a: str, b: str) -> int:
    return len({stem(t) for t in tokens(fold(a))} & {stem(t) for t in tokens(fold(b))})


def present(product: Product, found: list[str], every: list[FactLine], keys: list[str],
            need_all: bool = False) -> list[str]:
    """The found lines as the answer shows them (``every``: all the product's scoped lines, unfiltered). A line
    scoped to a value: with that option asked, after the line it adds to; not asked, joined with the same fact
    of every other value, each labelled by its own line (callers may reorder the lines: each is whole)."""
    options = _multi_options(product)
    if not options or not any(isinstance(line, FactLine) and line.scope for line in found):
        return found
    asked = _asked(product)
    out: list[str] = []
    done: set[str] = set()  # folded lines already shown inside a joined one
    for line in found:
        if fold(line) in done:
            continue
        opt = next((o for o in getattr(line, "scope", {}) if o in options), None)
        if opt is None or not isinstance(line, FactLine):
            out.append(line)
        elif opt in asked:
            base = _base_line(product, line, opt, every)
            out.append(FactLine(f"{base} {line}", line.scope) if base else line)
        else:
            picked = _each_value(line, opt, options[opt], every, keys, asked)
            if len(picked) < 2:
                out.append(line)
                continue
            # each value's line must say what was asked (every word of it, with ``need_all``) for a yes/no to hold
            said = [_hits(x, keys) >= (len(keys) if need_all else 1) for x in picked]
            partial = len(picked) < len(options[opt]) or (bool(keys) and not all(said))
            joined = " ".join(x if x.rstrip().endswith((".", "!", "?", "。")) else f"{x}." for x in picked)
            out.append(FactLine(joined.rstrip(". "), {}, partial, joined=True))
            done |= {fold(x) for x in every if x.scope.get(opt)}
    return out


def _each_value(line: FactLine, opt: str, values: list[str], every: list[FactLine], keys: list[str],
                asked: dict[str, str]) -> list[FactLine]:
    """The line, and for every other value of its option the line of that value most like it."""
    picked: list[FactLine] = []
    for value in values:
        if value == line.scope[opt]:
            picked.append(line)
            continue
        own = [x for x in every if x.scope.get(opt) == value and not _other_value(x, asked)]
        if own:
            picked.append(max(own, key=lambda x: (_hits(x, keys), _overlap(x, line), -every.index(x))))
    return picked


def _base_line(product: Product, line: FactLine, opt: str, every: list[FactLine]) -> FactLine | None:
    """ "8-piece: adds kitchen shears" adds to the value listed before it: that value's line."""
    _scope, body = _cached_scope(product, _multi_options(product), str(line).rstrip(";").strip())
    if not _RELATIVE.search(fold(body)):
        return None
    values = _multi_options(product)[opt]
    at = values.index(line.scope[opt]) if line.scope[opt] in values else 0
    if at == 0:
        return None
    before = [x for x in every if x.scope.get(opt) == values[at - 1]]
    return before[0] if before else None


def sentences(line: str) -> list[str]:
    """The line's sentences; several values' lines joined stay one (each sentence is one value's)."""
    return [line] if getattr(line, "joined", False) else split_sentences(line)


def whole(line: str) -> bool:
    """May a yes/no be read from the line? Not from several values' lines that do not all say it."""
    return not getattr(line, "partial", False)
