""""A box of the protein bars": the multi-pack, when the product is sold singly and in one multi-pack.

A bar sold as "Single 60g" and "12 x 60g": a viewer asking the price "for a box" means the 12-pack, not the
range of both. A shop assistant reads the container word (box, carton, pack, 盒, 箱; not "case", a phone or pencil case) as the value that
holds several; with no count said and exactly one such value, that value is meant; otherwise nothing is picked.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.text import fold

_CONTAINER = re.compile(r"\b(?:a|one|per|by the|whole)\s+(?:box|carton|pack|multipack|multi-pack)\b(?!\s*of\s*\d)"
                        r"|(?<!\d)(?:一|整)[盒箱]")
_MULTI = re.compile(r"\b\d+\s*(?:x|×)\s*\d|\b(?:box|case|pack|carton)\s+of\s+\d+|\b\d+\s*-?\s*(?:pack|count|ct|bars|pcs|pieces)\b"
                    r"|\d+\s*(?:支|条|根|个|包)装")


def container_value(p: Product, question: str) -> dict[str, str]:
    """{option: the one multi-pack value} when a container is asked without a count, else {}."""
    if not _CONTAINER.search(fold(question)) or re.search(r"\d", question):
        return {}
    for name in p.option_names():
        values = list(dict.fromkeys(v.options[name] for v in p.variants if name in v.options))
        multi = [v for v in values if _MULTI.search(fold(v))]
        if len(multi) == 1 and len(values) > 1:
            return {name: multi[0]}
    return {}
