"""Query plans change from a scan to an index search; a failed transfer changes nothing."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from snippets.coding.sql_data import create_database, generate, load_frames
from snippets.coding.sql_indexes import (LOOKUP, balances, create_accounts,
                                         plans_before_and_after_index, query_plan, transfer)


def test_sqlite_has_window_functions():
    assert sqlite3.sqlite_version_info >= (3, 25, 0)


def test_the_index_turns_a_scan_into_a_search_with_the_same_result():
    connection = create_database()
    rows_before = connection.execute(LOOKUP, (88,)).fetchall()
    before, after = plans_before_and_after_index(connection)
    assert any(line.startswith("SCAN") and "orders" in line for line in before)
    assert not any("INDEX" in line for line in before)
    assert any(line.startswith("SEARCH") and "USING INDEX idx_orders_user" in line
               for line in after)
    assert connection.execute(LOOKUP, (88,)).fetchall() == rows_before
    assert any("USING INDEX" in line or "USING COVERING INDEX" in line
               for line in query_plan(connection, "SELECT COUNT(*) FROM orders WHERE user_id = 1"))


def test_a_failed_transfer_rolls_back_and_a_good_one_commits():
    connection = create_database()
    create_accounts(connection)
    assert transfer(connection, "ana", "ben", 30)
    assert balances(connection) == {"ana": 70, "ben": 80}
    assert not transfer(connection, "ben", "ana", 500)
    assert balances(connection) == {"ana": 70, "ben": 80}  # the credit was undone too
    assert sum(balances(connection).values()) == 150
    assert not connection.in_transaction


@pytest.mark.parametrize("table", ["users", "events", "impressions", "clicks", "orders"])
def test_generated_data_is_seeded_and_consistent(table):
    assert generate() == generate() and generate(1) != generate()
    frames = load_frames(create_database())
    users = set(frames["users"].user_id)
    if "user_id" in frames[table]:
        assert set(frames[table].user_id) <= users
    if table == "clicks":
        assert set(frames["clicks"].impression_id) <= set(frames["impressions"].impression_id)
    assert len(frames[table]) >= 50 and isinstance(frames[table], pd.DataFrame)
