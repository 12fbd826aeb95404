"""Import a Shopify orders export (Admin > Orders > Export, CSV) as "purchase" events.

Shopify writes one row per line item; order-level fields (Email, Created at, Cancelled at,
Financial Status) are filled only on an order's first row, so they are carried to the rows of
the same order (``Name`` = "#1001"). Bad rows are reported with their line number and skipped;
good rows are kept. Importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.catalog import Catalog
from bot.store import Store, schema

ORDER_FIELDS = ("Email", "Created at", "Cancelled at", "Financial Status", "Billing Name", "Phone")
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S",
                "%Y-%m-%d %H:%M %z", "%Y-%m-%d")
REQUIRED = ("Name", "Lineitem quantity")


class OrdersFileError(ValueError):
    """The file as a whole cannot be read (missing, not CSV, not a Shopify orders export)."""


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    cancelled: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line number, what is wrong)

    def summary(self, path: str) -> str:
        return (f"{path}: imported {self.imported} purchase(s); skipped {self.duplicates} already imported, "
                f"{self.cancelled} cancelled/refunded, {len(self.errors)} bad row(s)")


def parse_time(text: str) -> float:
    text = text.strip()
    for fmt in TIME_FORMATS:
        try:
            return datetime.strptime(text, fmt).timestamp()
        except ValueError:
            continue
    raise ValueError(f"unreadable date {text!r}")


def _sku_of(row: dict[str, str], catalog: Catalog | None) -> str | None:
    sku = (row.get("Lineitem sku") or "").strip()
    if sku:
        return sku
    name = (row.get("Lineitem name") or "").strip().lower()
    if catalog is None or not name:
        return None
    for product in catalog.products:  # "Josie Yoga Jacket - M / Blue" names the product and variant
        if name == product.name.lower() or name.startswith(product.name.lower() + " - "):
            return product.sku
    return None


def read_orders(path: str | Path, *, weight: float, platform: str = "shopify", id_column: str = "Email",
                catalog: Catalog | None = None) -> tuple[list[dict[str, Any]], ImportReport]:
    """Parse the export into event rows (``Store.write_history`` format) and a report."""
    path = Path(path)
    report = ImportReport()
    rows: list[dict[str, Any]] = []
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise OrdersFileError(f"{path}: cannot open ({exc.strerror})") from None
    with fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        missing = [c for c in (*REQUIRED, id_column) if c not in header]
        if missing:
            raise OrdersFileError(f"{path}: not a Shopify orders export: missing column(s) {', '.join(missing)}")
        if "Lineitem sku" not in header and "Lineitem name" not in header:
            raise OrdersFileError(f"{path}: not a Shopify orders export: no Lineitem sku / Lineitem name column")
        current: dict[str, str] = {}
        order_name = None
        end = 1  # physical line where the previous record ended (quoted fields may span lines)
        try:
            for row in reader:
                line, end = end + 1, reader.line_num
                name = (row.get("Name") or "").strip()
                if not name:
                    report.errors.append((line, "no order Name"))
                    continue
                if name != order_name:
                    order_name, current = name, {}
                for key in (*ORDER_FIELDS, id_column):
                    value = (row.get(key) or "").strip()
                    if value:
                        current[key] = value
                    elif key in current:
                        row[key] = current[key]
                problem, event = _event(row, line, name, weight, platform, id_column, catalog)
                if problem == "cancelled":
                    report.cancelled += 1
                elif problem:
                    report.errors.append((line, problem))
                else:
                    rows.append(event)
        except csv.Error as exc:
            report.errors.append((reader.line_num, f"CSV syntax error ({exc}); the rest of the file was not read"))
    return rows, report


def _event(row: dict[str, str], line: int, order: str, weight: float, platform: str, id_column: str,
           catalog: Catalog | None) -> tuple[str | None, dict[str, Any]]:
    if (row.get("Cancelled at") or "").strip() or (row.get("Financial Status") or "").strip().lower() in (
            "refunded", "voided"):
        return "cancelled", {}
    customer = (row.get(id_column) or "").strip()
    if not customer:
        return f"order {order}: no customer {id_column}", {}
    sku = _sku_of(row, catalog)
    if sku is None:
        return f"order {order}: line item has no SKU and its name matches no product", {}
    try:
        quantity = int(float((row.get("Lineitem quantity") or "").strip()))
    except ValueError:
        return f"order {order}: quantity is not a number: {row.get('Lineitem quantity')!r}", {}
    if quantity < 1:
        return f"order {order}: quantity must be at least 1, got {quantity}", {}
    try:
        ts = parse_time(row.get("Created at") or "")
    except ValueError as exc:
        return f"order {order}: Created at: {exc}", {}
    user_id = customer.lower() if id_column == "Email" else customer
    display = (row.get("Billing Name") or "").strip() or user_id
    return None, {"platform": platform, "user_id": user_id, "name": display, "kind": "purchase", "sku": sku,
                  "weight": weight, "ts": ts, "data": {"order": order, "quantity": quantity, "line": line}}


def already_imported(store: Store, platform: str) -> set[tuple[str, str, str]]:
    """(user_id, order, sku) of purchases already in the store for this platform."""
    e, v = schema.events, schema.viewers
    seen: set[tuple[str, str, str]] = set()
    with store.engine.connect() as conn:
        query = (select(v.c.user_id, e.c.sku, e.c.data).join(v, v.c.id == e.c.viewer_id)
                 .where(v.c.platform == platform, e.c.kind == "purchase"))
        for user_id, sku, data in conn.execute(query):
            order = (data or {}).get("order") if isinstance(data, dict) else None
            seen.add((user_id, str(order), sku))
    return seen


def import_orders(store: Store, path: str | Path, *, weight: float, platform: str = "shopify",
                  id_column: str = "Email", catalog: Catalog | None = None) -> ImportReport:
    rows, report = read_orders(path, weight=weight, platform=platform, id_column=id_column, catalog=catalog)
    seen = already_imported(store, platform)
    fresh = []
    for row in rows:
        key = (row["user_id"], row["data"]["order"], row["sku"])
        if key in seen:
            report.duplicates += 1
            continue
        seen.add(key)
        fresh.append(row)
    for start in range(0, len(fresh), 5000):
        store.write_history([], fresh[start:start + 5000])
    report.imported = len(fresh)
    return report
