"""The recommendation model on synthetic interactions with a known structure."""

from pathlib import Path

import numpy as np
import pytest

from skills.recommend.interactions import Interactions, InteractionsError
from skills.recommend.model import Model, ModelParams, fit
from skills.recommend.synthetic import group_of, synthetic_interactions


def _data(**kw) -> tuple[Interactions, list[tuple[str, str, float, float]]]:
    rows = synthetic_interactions(**kw)
    users, items, weights, times = zip(*rows, strict=True)
    return Interactions.from_arrays(users, items, weights, times), rows


@pytest.fixture(scope="module")
def trained() -> tuple[Model, list[tuple[str, str, float, float]]]:
    data, rows = _data(users=300, groups=4, seed=1)
    return fit(data), rows


def test_recommends_the_users_own_group_and_never_what_they_have(trained):
    model, rows = trained
    users = [f"u{u}" for u in range(0, 300, 7)]
    recs = model.top_k_for_users(users, 3)  # 4 of each user's group are still unseen
    hits = total = 0
    for user in users:
        seen = {sku for u, sku, _, _ in rows if u == user}
        assert len(recs[user]) == 3 and not seen & set(recs[user])
        group = int(user[1:]) % 4
        hits += sum(group_of(sku) == group for sku in recs[user])
        total += len(recs[user])
    assert hits / total > 0.85


def test_beats_popularity_on_each_users_held_out_last_items():
    rows = synthetic_interactions(users=300, groups=4, events=8, seed=2)
    by_user: dict[str, list] = {}
    for row in rows:
        by_user.setdefault(row[0], []).append(row)
    train = [r for rs in by_user.values() for r in rs[:-2]]
    held = {u: {r[1] for r in rs[-2:]} for u, rs in by_user.items()}
    users, items, weights, times = zip(*train, strict=True)
    model = fit(Interactions.from_arrays(users, items, weights, times))
    recs = model.top_k_for_users(list(held), 5)
    popular = [model.item_ids[i] for i in np.argsort(-model.popularity)]
    model_hits = sum(len(held[u] & set(recs[u])) for u in held)
    pop_hits = 0
    for u, items_ in held.items():
        seen = {r[1] for r in by_user[u][:-2]}
        pop_hits += len(items_ & set([s for s in popular if s not in seen][:5]))
    assert model_hits > 2 * pop_hits


def test_fold_in_serves_a_history_the_model_never_saw(trained):
    model, _ = trained
    items, weights = model.history_of([("G1-P3", 1.0), ("G1-P4", 2.0)])
    scores = model.scores(items, weights)
    scores[items] = -np.inf
    top = [model.item_ids[i] for i in np.argsort(-scores)[:5]]
    assert all(group_of(s) == 1 for s in top)
    assert "G1-P5" in top[:3]  # "what comes next" in the group's walk


def test_recent_interest_outweighs_older_history(trained):
    model, _ = trained
    history = [("G0-P1", 1.0), ("G0-P2", 1.0), ("G0-P3", 1.0), ("G3-P7", 1.0), ("G3-P8", 1.0), ("G3-P9", 1.0)]
    items, weights = model.history_of(history)
    scores = model.scores(items, weights)
    scores[items] = -np.inf
    assert group_of(model.item_ids[int(np.argmax(scores))]) == 3
    # and the reason for the pick points at a recent G3 item
    source = model.explain(items, weights, [int(np.argmax(scores))])[0]
    assert source is not None and group_of(model.item_ids[source]) == 3


def test_unknown_items_are_ignored_and_empty_history_falls_back_to_popularity(trained):
    model, _ = trained
    items, weights = model.history_of([("NOPE", 3.0)])
    assert len(items) == 0
    scores = model.scores(items, weights)
    assert model.item_ids[int(np.argmax(scores))] == model.item_ids[int(np.argmax(model.popularity))]
    assert model.top_k_for_users(["stranger"], 3)["stranger"] == [
        model.item_ids[i] for i in np.argsort(-model.popularity, kind="stable")[:3]]


def test_save_and_load_give_the_same_recommendations(trained, tmp_path: Path):
    model, _ = trained
    model.save(tmp_path / "m")
    loaded = Model.load(tmp_path / "m")
    users = ["u1", "u2", "u50"]
    assert loaded.top_k_for_users(users, 10) == model.top_k_for_users(users, 10)
    with pytest.raises(ValueError, match="not a recommend model"):
        Model.load(tmp_path / "missing")


def test_restricting_the_dense_solve_still_serves_every_item():
    data, _ = _data(users=120, groups=3, seed=3)
    model = fit(data, ModelParams(max_items=10, keep_per_item=5))
    assert model.B.nnz <= 10 * 5
    recs = model.top_k_for_users(["u1"], 20)["u1"]
    assert len(recs) == 20


def test_repeated_events_are_summed_and_damped():
    data = Interactions.from_arrays(["a", "a", "a", "b"], ["x", "x", "y", "x"], [1, 1, 1, 20], [1, 5, 3, 1])
    a = data.users.index("a")
    items = [data.item_ids[i] for i in data.items[data.ptr[a]:data.ptr[a + 1]]]
    assert items == ["y", "x"]  # ordered by the latest touch: x was touched again at t=5
    b = data.users.index("b")
    assert data.weights[data.ptr[b]] == pytest.approx(1 + np.log(20))


def test_bad_interactions_file_names_the_line(tmp_path: Path):
    path = tmp_path / "i.csv"
    path.write_text("user_id,item_id,weight,ts\na,x,1,1\nb,y,heavy,2\n", encoding="utf-8")
    with pytest.raises(InteractionsError, match=r"line 3: weight is not a number"):
        Interactions.read_csv(path)
    path.write_text("user,item\na,x\n", encoding="utf-8")
    with pytest.raises(InteractionsError, match="missing column"):
        Interactions.read_csv(path)


def test_single_viewer_path_matches_the_batch_path(trained):
    model, _ = trained
    histories = [model.user_history(u) for u in ("u3", "u4", "u99")]
    batch = model.score_matrix(histories)
    for row, (items, weights) in zip(batch, histories, strict=True):
        np.testing.assert_allclose(model.scores(items, weights), row, rtol=1e-5, atol=1e-6)


def test_without_timestamps_the_file_order_is_the_time_order(tmp_path: Path):
    path = tmp_path / "i.csv"
    path.write_text("user_id,item_id\na,z\na,b\na,m\n", encoding="utf-8")
    data = Interactions.read_csv(path)
    assert [data.item_ids[i] for i in data.items] == ["z", "b", "m"]
