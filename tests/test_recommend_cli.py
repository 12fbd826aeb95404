"""The command line: batch train/predict and the Shopify orders import (real subprocesses)."""

import csv
import os
import subprocess
import sys
from pathlib import Path

import yaml

from bot.store import Store
from skills.recommend.orders import read_orders
from skills.recommend.synthetic import product_sku, synthetic_interactions

ROOT = Path(__file__).resolve().parent.parent

SHOPIFY_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status",
    "Billing Name", "Billing Street", "Billing City", "Billing Zip", "Billing Country", "Notes",
    "Cancelled at", "Payment Method", "Refunded Amount", "Vendor", "Id", "Tags", "Source", "Phone",
]


def livebot(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def order_row(**fields: str) -> dict:
    return {key: fields.get(key.replace(" ", "_").lower(), "") for key in SHOPIFY_HEADER}


def write_orders(path: Path) -> None:
    rows = [
        order_row(name="#1001", email="Ann@Example.com", financial_status="paid", created_at="2024-03-05 14:22:10 -0500",
                  lineitem_quantity="1", lineitem_name="Josie Jacket 1", lineitem_sku="G0-P1", billing_name="Ann A"),
        order_row(name="#1001", lineitem_quantity="2", lineitem_name="Josie Jacket 2", lineitem_sku="G0-P2"),
        order_row(name="#1002", email="bob@example.com", financial_status="paid",
                  created_at="2024-03-06 09:00:00 +0000", lineitem_quantity="1",
                  lineitem_name="Juno Pant 3 - M / Blue", notes="gift wrap,\nplease\nthanks"),
        order_row(name="#1003", financial_status="paid", created_at="2024-03-06 10:00:00 +0000",
                  lineitem_quantity="1", lineitem_sku="G0-P3"),
        order_row(name="#1004", email="cy@example.com", created_at="2024-03-07 10:00:00 +0000",
                  lineitem_quantity="two", lineitem_sku="G0-P4"),
        order_row(name="#1005", email="di@example.com", created_at="yesterday", lineitem_quantity="1",
                  lineitem_sku="G0-P5"),
        order_row(name="#1006", email="ed@example.com", created_at="2024-03-07 10:00:00 +0000",
                  lineitem_quantity="1", lineitem_sku="G0-P6", cancelled_at="2024-03-08 10:00:00 +0000"),
        order_row(name="#1007", email="fay@example.com", created_at="2024-03-09 10:00:00 +0000",
                  lineitem_quantity="1", lineitem_name="Mystery Box"),
        order_row(name="#1008", email="fay@example.com", created_at="2024-03-09 11:00:00 +0000",
                  lineitem_quantity="3", lineitem_sku="G2-P2"),
    ]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, SHOPIFY_HEADER)
        writer.writeheader()
        writer.writerows(rows)


def write_config(tmp_path: Path) -> Path:
    products = [{"sku": product_sku(g, j), "name": f"{['Josie Jacket', 'Juno Pant', 'Mona Tee'][g]} {j}",
                 "price": 20, "stock": 3} for g in range(3) for j in range(8)]
    (tmp_path / "catalog.yaml").write_text(yaml.safe_dump({"catalog": {"products": products}}), encoding="utf-8")
    config = {"shop": {"catalog": "catalog.yaml"}, "storage": {"url": f"sqlite:///{tmp_path / 'bot.db'}"},
              "skills": {"recommend": {"event_weights": {"purchase": 7}}}}
    path = tmp_path / "livebot.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def test_shopify_orders_import_keeps_good_rows_and_reports_bad_ones_by_line(tmp_path):
    write_orders(tmp_path / "orders.csv")
    config = write_config(tmp_path)
    result = livebot("history", "import", "orders.csv", "--config", str(config), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # the #1002 row spans lines 4-6 (a multi-line note), so later rows sit two lines further down
    assert "orders.csv:7: order #1003: no customer Email" in result.stderr
    assert "orders.csv:8: order #1004: quantity is not a number: 'two'" in result.stderr
    assert "orders.csv:9: order #1005: Created at: unreadable date 'yesterday'" in result.stderr
    assert "orders.csv:11: order #1007: line item has no SKU and its name matches no product" in result.stderr
    assert "imported 4 purchase(s)" in result.stdout and "1 cancelled/refunded, 4 bad row(s)" in result.stdout

    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT v.platform, v.user_id, e.kind, e.sku, e.weight, e.data FROM events e "
            "JOIN viewers v ON v.id = e.viewer_id ORDER BY e.id").all()
    store.close()
    got = [(r[1], r[3], r[4]) for r in rows]
    assert got == [("ann@example.com", "G0-P1", 7.0), ("ann@example.com", "G0-P2", 7.0),
                   ("bob@example.com", "G1-P3", 7.0), ("fay@example.com", "G2-P2", 7.0)]
    assert {r[0] for r in rows} == {"shopify"} and {r[2] for r in rows} == {"purchase"}

    again = livebot("history", "import", "orders.csv", "--config", str(config), cwd=tmp_path)
    assert "imported 0 purchase(s); skipped 4 already imported" in again.stdout


def test_not_an_orders_export_is_a_clear_error(tmp_path):
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    config = write_config(tmp_path)
    result = livebot("history", "import", "x.csv", "--config", str(config), cwd=tmp_path)
    assert result.returncode == 2 and "not a Shopify orders export" in result.stderr
    assert "Traceback" not in result.stderr


def test_orders_parse_carries_order_fields_to_later_line_items(tmp_path):
    write_orders(tmp_path / "orders.csv")
    rows, report = read_orders(tmp_path / "orders.csv", weight=5.0)
    second = rows[1]
    assert second["user_id"] == "ann@example.com" and second["data"]["quantity"] == 2
    assert second["ts"] == rows[0]["ts"]
    # without a catalog, the line item given only by name (#1002, line 4) cannot be resolved
    assert [line for line, _ in report.errors] == [4, 7, 8, 9, 11] and report.cancelled == 1


def test_train_and_predict_write_ranked_unseen_items(tmp_path):
    rows = synthetic_interactions(users=80, groups=3, per_group=10, events=6, seed=4)
    with (tmp_path / "interactions.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["user_id", "item_id", "weight", "ts"])
        out.writerows(rows)
    (tmp_path / "users.txt").write_text("u1\nu2\nnobody\n", encoding="utf-8")
    train = livebot("recommend", "train", "interactions.csv", "-o", "model", cwd=tmp_path)
    assert train.returncode == 0, train.stderr
    assert (tmp_path / "model" / "model.npz").exists()
    predict = livebot("recommend", "predict", "--model", "model", "--users", "users.txt", "-k", "5",
                      "-o", "recs.csv", cwd=tmp_path)
    assert predict.returncode == 0, predict.stderr
    with (tmp_path / "recs.csv").open(encoding="utf-8") as fh:
        recs = list(csv.DictReader(fh))
    assert list(recs[0]) == ["user_id", "rank", "item_id"]
    for user in ("u1", "u2", "nobody"):
        mine = [r for r in recs if r["user_id"] == user]
        assert [int(r["rank"]) for r in mine] == [1, 2, 3, 4, 5]
        seen = {sku for u, sku, _, _ in rows if u == user}
        assert not seen & {r["item_id"] for r in mine}


def test_train_rejects_a_bad_file_without_a_traceback(tmp_path):
    (tmp_path / "bad.csv").write_text("user_id,item_id,weight\na,x,1\nb,y,lots\n", encoding="utf-8")
    result = livebot("recommend", "train", "bad.csv", "-o", "m", cwd=tmp_path)
    assert result.returncode == 2 and "bad.csv: line 3: weight is not a number" in result.stderr
    assert "Traceback" not in result.stderr


def test_training_shows_a_progress_bar_on_a_terminal(tmp_path, monkeypatch):
    import io

    from bot.cli import main

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    rows = synthetic_interactions(users=40, groups=2, per_group=8, events=5, seed=5)
    with (tmp_path / "i.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([("user_id", "item_id", "weight", "ts"), *rows])
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["recommend", "train", str(tmp_path / "i.csv"), "-o", str(tmp_path / "m")]) == 0
    shown = terminal.getvalue()
    assert "training (inverse)" in shown and "100%" in shown
    piped = io.StringIO()  # not a terminal: no bar
    monkeypatch.setattr(sys, "stderr", piped)
    assert main(["recommend", "train", str(tmp_path / "i.csv"), "-o", str(tmp_path / "m2")]) == 0
    assert piped.getvalue() == ""
