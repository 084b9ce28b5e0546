"""A small product database in SQLite, filled from a seeded generator.

Used by docs/coding/sql.md and docs/coding/sql-advanced.md.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pandas as pd

SEED = 7
START = dt.date(2024, 3, 1)
DAYS = 14
COUNTRIES = ["US", "DE", "FR", "IN", "BR"]
FUNNEL = ["visit", "view_item", "add_to_cart", "purchase"]

# --8<-- [start:schema]
SCHEMA = """
CREATE TABLE users (
    user_id     INTEGER PRIMARY KEY,
    signup_date TEXT NOT NULL,               -- 'YYYY-MM-DD'
    country     TEXT NOT NULL,
    plan        TEXT NOT NULL CHECK (plan IN ('free', 'pro')),
    referrer_id INTEGER REFERENCES users (user_id)  -- NULL if not referred
);
CREATE TABLE events (
    event_id   INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (user_id),
    event_time TEXT NOT NULL,                -- 'YYYY-MM-DD HH:MM:SS'
    event_type TEXT NOT NULL                 -- visit, view_item, add_to_cart, purchase
);
CREATE TABLE placements (name TEXT PRIMARY KEY);
CREATE TABLE impressions (
    impression_id INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (user_id),
    placement     TEXT NOT NULL REFERENCES placements (name),
    shown_date    TEXT NOT NULL
);
CREATE TABLE clicks (                        -- may hold accidental double clicks
    click_id      INTEGER PRIMARY KEY,
    impression_id INTEGER NOT NULL REFERENCES impressions (impression_id),
    clicked_at    TEXT NOT NULL
);
CREATE TABLE orders (
    order_id   INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (user_id),
    order_date TEXT NOT NULL,
    amount     REAL NOT NULL CHECK (amount > 0)
);
"""
# --8<-- [end:schema]


def timestamp(day: int, rng: random.Random) -> str:
    moment = dt.datetime.combine(START, dt.time()) + dt.timedelta(
        days=day, seconds=rng.randrange(86_400))
    return moment.strftime("%Y-%m-%d %H:%M:%S")


# --8<-- [start:generate]
def generate(seed: int = SEED) -> dict[str, list[tuple]]:
    """Rows for every table: 200 users, their sessions walking down the purchase funnel,
    ad impressions with about 8% clicks (some double-clicked), and orders."""
    rng = random.Random(seed)
    users, events, impressions, clicks, orders = [], [], [], [], []
    for user_id in range(1, 201):
        signup = rng.randrange(DAYS)
        referred = user_id > 10 and rng.random() < 0.2
        referrer = rng.randrange(1, user_id) if referred else None
        plan = "pro" if rng.random() < 0.25 else "free"
        users.append((user_id, str(START + dt.timedelta(signup)),
                      rng.choice(COUNTRIES), plan, referrer))
        for day in range(signup, DAYS):
            if rng.random() > (0.5 if plan == "pro" else 0.3):
                continue  # no session that day
            when = timestamp(day, rng)
            for step, keep in zip(FUNNEL, (1.0, 0.7, 0.4, 0.5)):
                if rng.random() > keep:
                    break  # the session stops before this step
                events.append((len(events) + 1, user_id, when, step))
                if step == "purchase":
                    amount = round(rng.lognormvariate(3.5, 0.6), 2)
                    orders.append((len(orders) + 1, user_id, when[:10], amount))
            for _ in range(rng.randrange(4)):
                placement = rng.choice(["feed", "sidebar", "search"])
                impressions.append((len(impressions) + 1, user_id, placement,
                                    when[:10]))
                if rng.random() < 0.08:
                    clicked = when[:11] + f"{rng.randrange(24):02d}:00:00"
                    for _ in range(2 if rng.random() < 0.2 else 1):  # double clicks
                        clicks.append((len(clicks) + 1, len(impressions), clicked))
    placements = [("feed",), ("sidebar",), ("search",), ("footer",)]  # footer: unused
    return {"users": users, "events": events, "placements": placements,
            "impressions": impressions, "clicks": clicks, "orders": orders}
# --8<-- [end:generate]


def create_database(seed: int = SEED) -> sqlite3.Connection:
    """A fresh in-memory database with the schema and the generated rows."""
    connection = sqlite3.connect(":memory:")
    connection.executescript(SCHEMA)
    for table, rows in generate(seed).items():
        marks = ", ".join("?" * len(rows[0]))
        connection.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    connection.commit()
    return connection


def load_frames(connection: sqlite3.Connection) -> dict[str, pd.DataFrame]:
    """Every table as a DataFrame (what the tests recompute each query from)."""
    tables = ["users", "events", "placements", "impressions", "clicks", "orders"]
    return {t: pd.read_sql_query(f"SELECT * FROM {t}", connection) for t in tables}


# --8<-- [start:print_results]
def print_results(connection: sqlite3.Connection, queries: dict[str, str]) -> None:
    """Run each query and print its result table between section markers, so that a
    page can show each result right after its query."""
    for name, sql in queries.items():
        print(f"--8<-- [start:{name}]")
        print(pd.read_sql_query(sql, connection).to_string(index=False))
        print(f"--8<-- [end:{name}]")
# --8<-- [end:print_results]


def main() -> None:
    connection = create_database()
    for table in ["users", "events", "placements", "impressions", "clicks", "orders"]:
        (count,) = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
        print(f"{table:12s} {count:5d} rows")
    first_users = pd.read_sql_query("SELECT * FROM users LIMIT 3", connection)
    print(first_users.to_string(index=False))


if __name__ == "__main__":
    main()
