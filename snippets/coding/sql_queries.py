"""SQL exercises: filters, joins, GROUP BY, HAVING, subqueries, CTEs, CTR, de-duplication.

Used by docs/coding/sql.md.
"""

from __future__ import annotations

from snippets.coding.sql_data import create_database, print_results

QUERIES = {
    "filters": """
-- --8<-- [start:filters]
SELECT user_id, signup_date, country
FROM users
WHERE plan = 'pro'
  AND country IN ('DE', 'FR')
  AND signup_date BETWEEN '2024-03-01' AND '2024-03-07'
ORDER BY signup_date, user_id;
-- --8<-- [end:filters]
""",
    "inner_join": """
-- --8<-- [start:inner_join]
SELECT u.country,
       COUNT(*)               AS orders,
       ROUND(SUM(o.amount), 2) AS revenue,
       ROUND(AVG(o.amount), 2) AS avg_order
FROM orders AS o
JOIN users AS u ON u.user_id = o.user_id
GROUP BY u.country
ORDER BY revenue DESC;
-- --8<-- [end:inner_join]
""",
    "left_join": """
-- --8<-- [start:left_join]
SELECT u.plan,
       COUNT(*)                  AS users,
       SUM(b.user_id IS NULL)    AS never_ordered
FROM users AS u
LEFT JOIN (SELECT DISTINCT user_id FROM orders) AS b ON b.user_id = u.user_id
GROUP BY u.plan
ORDER BY u.plan;
-- --8<-- [end:left_join]
""",
    "self_join": """
-- --8<-- [start:self_join]
SELECT r.user_id           AS referrer,
       r.plan              AS referrer_plan,
       COUNT(*)            AS referred,
       SUM(u.plan = 'pro') AS referred_pro
FROM users AS u
JOIN users AS r ON r.user_id = u.referrer_id
GROUP BY r.user_id, r.plan
HAVING COUNT(*) >= 2
ORDER BY referred DESC, referrer;
-- --8<-- [end:self_join]
""",
    "having": """
-- --8<-- [start:having]
SELECT user_id,
       COUNT(*)              AS orders,
       ROUND(SUM(amount), 2) AS spent
FROM orders
GROUP BY user_id
HAVING COUNT(*) >= 2 AND SUM(amount) > 80
ORDER BY spent DESC, user_id;
-- --8<-- [end:having]
""",
    "subquery": """
-- --8<-- [start:subquery]
SELECT country, COUNT(*) AS big_spenders
FROM users
WHERE user_id IN (
    SELECT user_id
    FROM orders
    GROUP BY user_id
    HAVING SUM(amount) > (SELECT SUM(amount) / COUNT(DISTINCT user_id) FROM orders)
)
GROUP BY country
ORDER BY big_spenders DESC, country;
-- --8<-- [end:subquery]
""",
    "cte": """
-- --8<-- [start:cte]
WITH first_orders AS (
    SELECT user_id, MIN(order_date) AS first_order
    FROM orders
    GROUP BY user_id
)
SELECT u.plan,
       COUNT(*) AS buyers,
       ROUND(AVG(julianday(f.first_order) - julianday(u.signup_date)), 2)
           AS avg_days_to_first_order
FROM first_orders AS f
JOIN users AS u USING (user_id)
GROUP BY u.plan
ORDER BY u.plan;
-- --8<-- [end:cte]
""",
    "ctr": """
-- --8<-- [start:ctr]
WITH clicked AS (SELECT DISTINCT impression_id FROM clicks)
SELECT p.name                 AS placement,
       COUNT(i.impression_id) AS impressions,
       COUNT(c.impression_id) AS clicks,
       ROUND(CAST(COUNT(c.impression_id) AS REAL)
             / NULLIF(COUNT(i.impression_id), 0), 4) AS ctr
FROM placements AS p
LEFT JOIN impressions AS i ON i.placement = p.name
LEFT JOIN clicked AS c ON c.impression_id = i.impression_id
GROUP BY p.name
ORDER BY p.name;
-- --8<-- [end:ctr]
""",
    "dedup": """
-- --8<-- [start:dedup]
WITH ranked AS (
    SELECT click_id,
           ROW_NUMBER() OVER (PARTITION BY impression_id
                              ORDER BY clicked_at, click_id) AS copy
    FROM clicks
)
SELECT COUNT(*)      AS raw_clicks,
       SUM(copy = 1) AS unique_clicks,
       SUM(copy > 1) AS duplicates
FROM ranked;
-- --8<-- [end:dedup]
""",
}


def main() -> None:
    print_results(create_database(), QUERIES)


if __name__ == "__main__":
    main()
