"""SQLite indexes (EXPLAIN QUERY PLAN before and after) and a rolled-back transaction.

Used by docs/coding/sql.md.
"""

from __future__ import annotations

import sqlite3

from snippets.coding.sql_data import create_database

LOOKUP = "SELECT order_date, amount FROM orders WHERE user_id = ?"


# --8<-- [start:plan]
def query_plan(connection: sqlite3.Connection, sql: str,
               params: tuple = ()) -> list[str]:
    """The 'detail' column of EXPLAIN QUERY PLAN: how SQLite will execute the query."""
    rows = connection.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return [row[3] for row in rows]


def plans_before_and_after_index(
        connection: sqlite3.Connection) -> tuple[list[str], list[str]]:
    before = query_plan(connection, LOOKUP, (88,))
    connection.execute("CREATE INDEX idx_orders_user ON orders (user_id)")
    return before, query_plan(connection, LOOKUP, (88,))
# --8<-- [end:plan]


# --8<-- [start:transaction]
def create_accounts(connection: sqlite3.Connection) -> None:
    connection.execute("""CREATE TABLE accounts (
        name TEXT PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0))""")
    connection.executemany("INSERT INTO accounts VALUES (?, ?)",
                           [("ana", 100), ("ben", 50)])
    connection.commit()


def transfer(connection: sqlite3.Connection, source: str, target: str,
             amount: int) -> bool:
    """Move money in one transaction: both updates happen, or neither does.
    `with connection` commits on success and rolls back on an exception."""
    try:
        with connection:
            connection.execute(  # credit first, to show that the rollback undoes it
                "UPDATE accounts SET balance = balance + ? WHERE name = ?",
                (amount, target))
            connection.execute(  # violates the CHECK if the balance would go negative
                "UPDATE accounts SET balance = balance - ? WHERE name = ?",
                (amount, source))
    except sqlite3.IntegrityError:
        return False
    return True


def balances(connection: sqlite3.Connection) -> dict[str, int]:
    return dict(connection.execute("SELECT name, balance FROM accounts ORDER BY name"))
# --8<-- [end:transaction]


def main() -> None:
    connection = create_database()
    before, after = plans_before_and_after_index(connection)
    print("plan without an index:", before)
    print("plan with the index:  ", after)
    create_accounts(connection)
    print("\nstart:                ", balances(connection))
    for source, target, amount in (("ana", "ben", 30), ("ben", "ana", 500)):
        done = transfer(connection, source, target, amount)
        label = f"transfer {amount} {source}->{target}:".ljust(22)
        print(label, done, balances(connection))


if __name__ == "__main__":
    main()
