"""Each query of docs/coding/sql.md against the same computation in pandas."""

from __future__ import annotations

import pandas as pd
import pytest

from snippets.coding.sql_queries import QUERIES
from tests.coding.sql_helpers import assert_same, database_and_frames


@pytest.fixture(scope="module")
def db():
    return database_and_frames()


def run(db, name: str) -> pd.DataFrame:
    return pd.read_sql_query(QUERIES[name], db[0])


def test_filters(db):
    u = db[1]["users"]
    keep = (u.plan == "pro") & u.country.isin(["DE", "FR"]) & u.signup_date.between(
        "2024-03-01", "2024-03-07")
    expected = u[keep].sort_values(["signup_date", "user_id"])[
        ["user_id", "signup_date", "country"]]
    assert_same(run(db, "filters"), expected)


def test_inner_join(db):
    merged = db[1]["orders"].merge(db[1]["users"], on="user_id")
    expected = (merged.groupby("country").agg(
        orders=("amount", "size"), revenue=("amount", "sum"), avg_order=("amount", "mean"))
        .reset_index().sort_values("revenue", ascending=False))
    assert_same(run(db, "inner_join"), expected)


def test_left_join(db):
    users, orders = db[1]["users"], db[1]["orders"]
    flagged = users.assign(never=~users.user_id.isin(orders.user_id))
    expected = flagged.groupby("plan").agg(users=("user_id", "size"),
                                           never_ordered=("never", "sum")).reset_index()
    assert_same(run(db, "left_join"), expected)


def test_self_join(db):
    users = db[1]["users"]
    pairs = users.dropna(subset=["referrer_id"]).merge(
        users, left_on="referrer_id", right_on="user_id", suffixes=("", "_r"))
    grouped = pairs.groupby(["user_id_r", "plan_r"]).agg(
        referred=("user_id", "size"), referred_pro=("plan", lambda p: (p == "pro").sum()))
    expected = (grouped.reset_index().rename(columns={"user_id_r": "referrer",
                                                      "plan_r": "referrer_plan"}))
    expected = expected[expected.referred >= 2].sort_values(["referred", "referrer"],
                                                             ascending=[False, True])
    assert_same(run(db, "self_join"), expected)


def test_having(db):
    totals = db[1]["orders"].groupby("user_id").agg(orders=("amount", "size"),
                                                    spent=("amount", "sum")).reset_index()
    expected = totals[(totals.orders >= 2) & (totals.spent > 80)].sort_values(
        ["spent", "user_id"], ascending=[False, True])
    assert_same(run(db, "having"), expected)


def test_subquery(db):
    users, orders = db[1]["users"], db[1]["orders"]
    per_user = orders.groupby("user_id").amount.sum()
    average = orders.amount.sum() / orders.user_id.nunique()
    big = users[users.user_id.isin(per_user[per_user > average].index)]
    expected = (big.groupby("country").size().rename("big_spenders").reset_index()
                .sort_values(["big_spenders", "country"], ascending=[False, True]))
    assert_same(run(db, "subquery"), expected)


def test_cte(db):
    users, orders = db[1]["users"], db[1]["orders"]
    first = orders.groupby("user_id").order_date.min().rename("first_order").reset_index()
    merged = first.merge(users, on="user_id")
    merged["days"] = (pd.to_datetime(merged.first_order)
                      - pd.to_datetime(merged.signup_date)).dt.days
    expected = merged.groupby("plan").agg(
        buyers=("user_id", "size"), avg_days_to_first_order=("days", "mean")).reset_index()
    assert_same(run(db, "cte"), expected)


def test_ctr_is_null_where_there_are_no_impressions(db):
    impressions, clicks = db[1]["impressions"], db[1]["clicks"]
    rows = []
    for name in sorted(db[1]["placements"].name):
        shown = impressions[impressions.placement == name]
        clicked = int(shown.impression_id.isin(clicks.impression_id).sum())
        rows.append((name, len(shown), clicked, clicked / len(shown) if len(shown) else None))
    expected = pd.DataFrame(rows, columns=["placement", "impressions", "clicks", "ctr"])
    expected["ctr"] = expected["ctr"].astype(float)
    result = run(db, "ctr")
    assert_same(result, expected)
    assert result.set_index("placement").loc["footer", "ctr"] != result.set_index(
        "placement").loc["footer", "ctr"]  # NULL (NaN), not a division error


def test_dedup(db):
    clicks = db[1]["clicks"]
    unique = clicks.impression_id.nunique()
    expected = pd.DataFrame([(len(clicks), unique, len(clicks) - unique)],
                            columns=["raw_clicks", "unique_clicks", "duplicates"])
    assert_same(run(db, "dedup"), expected)
    assert expected.duplicates[0] > 0  # the generator does make double clicks
