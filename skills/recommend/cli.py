"""``livebot recommend train|predict`` (batch evaluation) and ``livebot history import`` (orders)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    rec = subparsers.add_parser("recommend", help="train / evaluate the recommendation model on a CSV",
                                description="Batch tools for the recommendation model.")
    rec_sub = rec.add_subparsers(dest="recommend_command", metavar="ACTION", required=True)

    train = rec_sub.add_parser("train", help="fit a model on INTERACTIONS.csv (user_id,item_id[,weight][,ts])")
    train.add_argument("interactions", type=Path)
    train.add_argument("-o", "--output", type=Path, required=True, metavar="MODEL_DIR")
    train.add_argument("--l2", type=float, default=None, help="EASE ridge strength (default 200)")
    train.add_argument("--max-items", type=int, default=None, help="items in the dense solve (default 20000)")
    train.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    train.set_defaults(func=cmd_train)

    predict = rec_sub.add_parser("predict", help="top-k items per user to a CSV (user_id,rank,item_id)")
    predict.add_argument("--model", type=Path, required=True, metavar="MODEL_DIR")
    predict.add_argument("--users", type=Path, required=True, metavar="USERS.txt", help="one user id a line")
    predict.add_argument("-k", type=int, default=20)
    predict.add_argument("-o", "--output", type=Path, required=True, metavar="RECS.csv")
    predict.set_defaults(func=cmd_predict)

    from bot.cli import add_config_args

    hist = subparsers.add_parser("history", help="viewer history tools")
    hist_sub = hist.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    imp = hist_sub.add_parser("import", help="import a Shopify orders CSV export as purchases",
                              description="Adds each line item of a Shopify orders export as a 'purchase' event "
                                          "in the store named by the config. Bad rows are reported by line "
                                          "number and skipped; re-importing a file adds nothing twice.")
    imp.add_argument("orders", type=Path, metavar="orders.csv")
    imp.add_argument("--platform", default="shopify", help="identity namespace of the customers (default shopify)")
    imp.add_argument("--id-column", default="Email", help="column identifying the customer (default Email)")
    add_config_args(imp)
    imp.set_defaults(func=cmd_history_import)


class _Bar:
    """A tqdm bar over the fit's stages, shown only on a terminal."""

    STAGES = ("matrix", "gram", "cholesky", "inverse", "neighbours", "sequence")

    def __init__(self, enabled: bool) -> None:
        self.bar = None
        if enabled and sys.stderr.isatty():
            import shutil

            from tqdm import tqdm

            columns = shutil.get_terminal_size().columns
            self.bar = tqdm(total=100, desc="training", unit="%", file=sys.stderr, mininterval=0,
                            ncols=min(columns, 100) if columns >= 40 else 80,
                            bar_format="{desc}: {percentage:3.0f}%|{bar}| {elapsed}")
        self.done = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.bar is None:
            return
        # rough shares of the fit time per stage, measured on the Beauty data
        share = {"matrix": 2, "gram": 8, "cholesky": 20, "inverse": 50, "neighbours": 18, "sequence": 2}
        start = sum(share[s] for s in self.STAGES[: self.STAGES.index(stage)])
        target = start + share[stage] * done / max(total, 1)
        self.bar.set_description_str(f"training ({stage})", refresh=False)
        self.bar.update(target - self.done)
        self.done = target

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def cmd_train(args: argparse.Namespace) -> int:
    from skills.recommend.interactions import Interactions, InteractionsError
    from skills.recommend.model import ModelParams, fit

    try:
        data = Interactions.read_csv(args.interactions)
    except InteractionsError as exc:
        print(f"livebot: {exc}", file=sys.stderr)
        return 2
    params = ModelParams()
    if args.l2 is not None:
        params.l2 = args.l2
    if args.max_items is not None:
        params.max_items = args.max_items
    bar = _Bar(not args.no_progress)
    started = time.perf_counter()
    try:
        model = fit(data, params, progress=bar, trained_at=time.time())
    finally:
        bar.close()
    model.save(args.output)
    print(f"trained on {len(data)} interactions ({data.n_users} users, {data.n_items} items) "
          f"in {time.perf_counter() - started:.1f}s -> {args.output}")
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    import csv

    from skills.recommend.model import Model

    if args.k < 1:
        print("livebot: -k must be at least 1", file=sys.stderr)
        return 2
    try:
        model = Model.load(args.model)
        users = [line.strip() for line in args.users.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        print(f"livebot: {exc}", file=sys.stderr)
        return 2
    users = list(dict.fromkeys(users))
    recs = model.top_k_for_users(users, args.k)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["user_id", "rank", "item_id"])
        for user in users:
            for rank, item in enumerate(recs[user], start=1):
                out.writerow([user, rank, item])
    unknown = sum(1 for u in users if u not in model.user_index)
    note = f" ({unknown} unknown to the model got popular items)" if unknown else ""
    print(f"wrote top-{args.k} for {len(users)} users to {args.output}{note}")
    return 0


def cmd_history_import(args: argparse.Namespace) -> int:
    from bot.catalog import CatalogError, load_catalog
    from bot.cli import load_or_exit
    from bot.store import Store
    from skills.recommend.config import RecommendConfig
    from skills.recommend.orders import OrdersFileError, import_orders

    config = load_or_exit(args)
    section = getattr(config.skills, "recommend", None) or RecommendConfig()
    catalog = None
    if config.shop.catalog:
        try:
            catalog = load_catalog(config.resolve(config.shop.catalog), config.shop.currency)
        except CatalogError as exc:
            print(f"livebot: warning: catalog not loaded ({exc}); line items need a SKU", file=sys.stderr)
    store = Store(config.storage.url)  # the same URL the bot opens (relative paths: the working folder)
    try:
        report = import_orders(store, args.orders, weight=section.event_weights.purchase, platform=args.platform,
                               id_column=args.id_column, catalog=catalog)
    except OrdersFileError as exc:
        print(f"livebot: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    for line, problem in report.errors:
        print(f"{args.orders}:{line}: {problem}", file=sys.stderr)
    print(report.summary(str(args.orders)))
    return 1 if report.errors and not report.imported else 0
