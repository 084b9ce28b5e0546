"""Each query of docs/coding/sql-advanced.md against the same computation in pandas."""

from __future__ import annotations

import pandas as pd
import pytest

from snippets.coding.sql_windows import QUERIES
from tests.coding.sql_helpers import assert_same, database_and_frames


@pytest.fixture(scope="module")
def db():
    return database_and_frames()


def run(db, name: str) -> pd.DataFrame:
    return pd.read_sql_query(QUERIES[name], db[0])


def test_ranking(db):
    daily = db[1]["orders"].groupby("order_date").size().rename("orders").reset_index()
    daily = daily.sort_values(["orders", "order_date"], ascending=[False, True])
    daily["row_num"] = range(1, len(daily) + 1)
    daily["rank"] = daily.orders.rank(method="min", ascending=False).astype(int)
    daily["dense_rank"] = daily.orders.rank(method="dense", ascending=False).astype(int)
    assert_same(run(db, "ranking"), daily)


def test_running_total_over_a_full_calendar(db):
    days = pd.date_range("2024-03-01", "2024-03-14").strftime("%Y-%m-%d")
    revenue = db[1]["orders"].groupby("order_date").amount.sum().reindex(days, fill_value=0)
    expected = pd.DataFrame({"day": days, "revenue": revenue.to_numpy(),
                             "running_total": revenue.cumsum().to_numpy(),
                             "avg_3_days": revenue.rolling(3, min_periods=1).mean().to_numpy()})
    result = run(db, "running_total")
    assert_same(result, expected)
    assert len(result) == 14 and result.revenue[0] == 0  # the day without orders is kept


def test_top_k_per_group(db):
    merged = db[1]["orders"].merge(db[1]["users"], on="user_id")
    spend = merged.groupby(["country", "user_id"]).amount.sum().rename("spent").reset_index()
    spend = spend.sort_values(["country", "spent", "user_id"], ascending=[True, False, True])
    spend["position"] = spend.groupby("country").cumcount() + 1
    expected = spend[spend.position <= 2][["country", "position", "user_id", "spent"]]
    assert_same(run(db, "top_k"), expected)


def test_lag_day_over_day(db):
    events = db[1]["events"]
    dau = events.groupby(events.event_time.str[:10]).user_id.nunique()
    expected = pd.DataFrame({"day": dau.index, "active": dau.to_numpy(),
                             "change": dau.diff().to_numpy(),
                             "pct_change": (100 * dau.diff() / dau.shift()).round(1).to_numpy()})
    assert_same(run(db, "lag"), expected)


def test_weekly_buckets_start_on_monday(db):
    orders = db[1]["orders"]
    dates = pd.to_datetime(orders.order_date)
    week = (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.strftime("%Y-%m-%d")
    expected = (orders.assign(week_starting=week).groupby("week_starting")
                .agg(orders=("amount", "size"), revenue=("amount", "sum")).reset_index())
    result = run(db, "weekly")
    assert_same(result, expected)
    assert all(pd.to_datetime(result.week_starting).dt.day_of_week == 0)


def test_hourly_buckets(db):
    events = db[1]["events"]
    bucket = events.event_time.str[11:13].astype(int) // 6 * 6
    expected = (events.assign(from_hour=bucket).groupby("from_hour")
                .agg(events=("event_id", "size"), users=("user_id", "nunique")).reset_index())
    assert_same(run(db, "hourly"), expected)


def test_funnel(db):
    events = db[1]["events"]
    steps = ["visit", "view_item", "add_to_cart", "purchase"]
    users = [events[events.event_type == s].user_id.nunique() for s in steps]
    expected = pd.DataFrame({
        "step": steps, "users": users,
        "pct_of_visitors": [round(100 * u / users[0], 1) for u in users],
        "pct_of_previous": [float("nan")] + [round(100 * b / a, 1)
                                             for a, b in zip(users, users[1:])]})
    result = run(db, "funnel")
    assert_same(result, expected)
    assert list(result.users) == sorted(result.users, reverse=True)  # a funnel only narrows


def test_day_one_retention(db):
    users, events = db[1]["users"], db[1]["events"]
    active = set(zip(events.user_id, events.event_time.str[:10]))
    next_day = (pd.to_datetime(users.signup_date) + pd.Timedelta(days=1)).dt.strftime("%Y-%m-%d")
    flagged = users.assign(retained=[(u, d) in active for u, d in zip(users.user_id, next_day)])
    flagged = flagged[flagged.signup_date < "2024-03-14"]
    expected = flagged.groupby("signup_date").agg(new_users=("user_id", "size"),
                                                  retained=("retained", "sum")).reset_index()
    expected["d1_retention"] = expected.retained / expected.new_users
    result = run(db, "retention")
    assert_same(result, expected)
    assert (result.retained <= result.new_users).all() and result.signup_date.max() < "2024-03-14"
