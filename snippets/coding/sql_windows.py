"""Window functions in SQL: ranking, running totals, top-k, LAG, buckets, funnels.

Used by docs/coding/sql-advanced.md.
"""

from __future__ import annotations

from snippets.coding.sql_data import create_database, print_results

QUERIES = {
    "ranking": """
-- --8<-- [start:ranking]
SELECT order_date,
       COUNT(*) AS orders,
       ROW_NUMBER() OVER (ORDER BY COUNT(*) DESC, order_date) AS row_num,
       RANK()       OVER (ORDER BY COUNT(*) DESC)             AS rank,
       DENSE_RANK() OVER (ORDER BY COUNT(*) DESC)             AS dense_rank
FROM orders
GROUP BY order_date
ORDER BY row_num;
-- --8<-- [end:ranking]
""",
    "running_total": """
-- --8<-- [start:running_total]
WITH RECURSIVE calendar(day) AS (
    SELECT '2024-03-01'
    UNION ALL
    SELECT date(day, '+1 day') FROM calendar WHERE day < '2024-03-14'
),
daily AS (
    SELECT c.day, COALESCE(SUM(o.amount), 0) AS revenue
    FROM calendar AS c
    LEFT JOIN orders AS o ON o.order_date = c.day
    GROUP BY c.day
)
SELECT day,
       ROUND(revenue, 2)                         AS revenue,
       ROUND(SUM(revenue) OVER (ORDER BY day), 2) AS running_total,
       ROUND(AVG(revenue) OVER (ORDER BY day
             ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS avg_3_days
FROM daily
ORDER BY day;
-- --8<-- [end:running_total]
""",
    "top_k": """
-- --8<-- [start:top_k]
WITH spend AS (
    SELECT u.country, o.user_id, SUM(o.amount) AS spent
    FROM orders AS o
    JOIN users AS u USING (user_id)
    GROUP BY u.country, o.user_id
),
ranked AS (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY country
                                 ORDER BY spent DESC, user_id) AS position
    FROM spend
)
SELECT country, position, user_id, ROUND(spent, 2) AS spent
FROM ranked
WHERE position <= 2
ORDER BY country, position;
-- --8<-- [end:top_k]
""",
    "lag": """
-- --8<-- [start:lag]
WITH dau AS (
    SELECT date(event_time) AS day, COUNT(DISTINCT user_id) AS active
    FROM events
    GROUP BY day
)
SELECT day,
       active,
       active - LAG(active) OVER w AS change,
       ROUND(100.0 * (active - LAG(active) OVER w) / LAG(active) OVER w, 1)
           AS pct_change
FROM dau
WINDOW w AS (ORDER BY day)
ORDER BY day;
-- --8<-- [end:lag]
""",
    "weekly": """
-- --8<-- [start:weekly]
SELECT date(order_date, 'weekday 0', '-6 days') AS week_starting,  -- the Monday
       COUNT(*)                                 AS orders,
       ROUND(SUM(amount), 2)                    AS revenue
FROM orders
GROUP BY week_starting
ORDER BY week_starting;
-- --8<-- [end:weekly]
""",
    "hourly": """
-- --8<-- [start:hourly]
SELECT CAST(strftime('%H', event_time) AS INTEGER) / 6 * 6 AS from_hour,
       COUNT(*)                                              AS events,
       COUNT(DISTINCT user_id)                               AS users
FROM events
GROUP BY from_hour
ORDER BY from_hour;
-- --8<-- [end:hourly]
""",
    "funnel": """
-- --8<-- [start:funnel]
WITH steps(position, step) AS (
    VALUES (1, 'visit'), (2, 'view_item'), (3, 'add_to_cart'), (4, 'purchase')
),
reached AS (
    SELECT s.position, s.step, COUNT(DISTINCT e.user_id) AS users
    FROM steps AS s
    LEFT JOIN events AS e ON e.event_type = s.step
    GROUP BY s.position, s.step
)
SELECT step,
       users,
       ROUND(100.0 * users / FIRST_VALUE(users) OVER (ORDER BY position), 1)
           AS pct_of_visitors,
       ROUND(100.0 * users / LAG(users) OVER (ORDER BY position), 1)
           AS pct_of_previous
FROM reached
ORDER BY position;
-- --8<-- [end:funnel]
""",
    "retention": """
-- --8<-- [start:retention]
SELECT u.signup_date,
       COUNT(DISTINCT u.user_id) AS new_users,
       COUNT(DISTINCT e.user_id) AS retained,
       ROUND(1.0 * COUNT(DISTINCT e.user_id) / COUNT(DISTINCT u.user_id), 3)
           AS d1_retention
FROM users AS u
LEFT JOIN events AS e
       ON e.user_id = u.user_id
      AND date(e.event_time) = date(u.signup_date, '+1 day')
WHERE u.signup_date < '2024-03-14'  -- the last day's next day is not observed
GROUP BY u.signup_date
ORDER BY u.signup_date;
-- --8<-- [end:retention]
""",
}


def main() -> None:
    print_results(create_database(), QUERIES)


if __name__ == "__main__":
    main()
