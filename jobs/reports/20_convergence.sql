-- convergence: for each metric and day, the latest estimate of every source as of that day, how
-- many sources there are, the lowest low and highest high, the ratio between them, and whether
-- the spread is narrowing or widening compared with the day before.
WITH estimates AS (
  SELECT metric, source_key, COALESCE(stated_on, first_published) AS as_of,
         COALESCE(value_low, value_high) AS low, COALESCE(value_high, value_low) AS high
  FROM assertions
  WHERE source_key <> 'unattributed' AND COALESCE(stated_on, first_published) IS NOT NULL
),
days AS (
  SELECT metric, explode(sequence(MIN(as_of), MAX(as_of), INTERVAL 1 DAY)) AS day
  FROM estimates GROUP BY metric
),
latest AS (
  SELECT d.metric, d.day, e.source_key, e.low, e.high,
         ROW_NUMBER() OVER (PARTITION BY d.metric, d.day, e.source_key ORDER BY e.as_of DESC, e.high DESC) AS rn
  FROM days d JOIN estimates e ON e.metric = d.metric AND e.as_of <= d.day
),
spread AS (
  SELECT metric, day, COUNT(*) AS n_sources, MIN(low) AS lowest_low, MAX(high) AS highest_high,
         ROUND(MAX(high) / NULLIF(MIN(low), 0), 3) AS spread_ratio
  FROM latest WHERE rn = 1 GROUP BY metric, day
)
SELECT metric, day, n_sources, lowest_low, highest_high, spread_ratio,
       CASE WHEN LAG(spread_ratio) OVER w IS NULL THEN 'first'
            WHEN spread_ratio < LAG(spread_ratio) OVER w THEN 'narrowing'
            WHEN spread_ratio > LAG(spread_ratio) OVER w THEN 'widening'
            ELSE 'steady' END AS trend
FROM spread
WINDOW w AS (PARTITION BY metric ORDER BY day)
ORDER BY metric, day
