"""Shared by the SQL tests: a seeded database, its tables as DataFrames, and a comparison."""

from __future__ import annotations

import numpy as np
import pandas as pd

from snippets.coding.sql_data import create_database, load_frames


def database_and_frames():
    connection = create_database()
    frames = load_frames(connection)
    users = frames["users"]
    users["referrer_id"] = pd.to_numeric(users["referrer_id"])  # NULL -> NaN
    return connection, frames


def assert_same(actual: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Same columns and rows in the same order; numbers equal up to the 2-decimal rounding
    the queries apply (SQLite rounds halves away from zero, pandas to even)."""
    assert list(actual.columns) == list(expected.columns)
    assert len(actual) == len(expected)
    for column in actual.columns:
        got, want = actual[column].to_numpy(), expected[column].to_numpy()
        if pd.api.types.is_numeric_dtype(expected[column]):
            got, want = got.astype(float), want.astype(float)
            assert np.allclose(got, want, rtol=0, atol=0.0051, equal_nan=True), column
        else:
            assert [str(v) for v in got] == [str(v) for v in want], column
