-- convergence: for each estimate series and day, the latest estimate of every source in that series
-- as of that day, how many sources there are, the lowest low and highest high, the ratio between
-- them, and whether the spread is narrowing or widening compared with the day before. Only
-- estimates of one series are compared: the same metric in another story is another series.
WITH estimates AS (
  SELECT series_id, source_key, COALESCE(stated_on, first_published) AS as_of,
         COALESCE(value_low, value_high) AS low, COALESCE(value_high, value_low) AS high
  FROM assertions
  WHERE source_key <> 'unattributed' AND COALESCE(stated_on, first_published) IS NOT NULL
),
-- what a series is called, once per series (its assertions all carry the same)
series AS (
  SELECT series_id, MIN(story_id) AS story_id, MIN(series_label) AS series_label, MIN(metric) AS metric
  FROM assertions GROUP BY series_id
),
days AS (
  SELECT series_id, explode(sequence(MIN(as_of), MAX(as_of), INTERVAL 1 DAY)) AS day
  FROM estimates GROUP BY series_id
),
latest AS (
  SELECT d.series_id, d.day, e.source_key, e.low, e.high,
         ROW_NUMBER() OVER (PARTITION BY d.series_id, d.day, e.source_key ORDER BY e.as_of DESC, e.high DESC) AS rn
  FROM days d JOIN estimates e ON e.series_id = d.series_id AND e.as_of <= d.day
),
spread AS (
  SELECT series_id, day, COUNT(*) AS n_sources, MIN(low) AS lowest_low, MAX(high) AS highest_high,
         ROUND(MAX(high) / NULLIF(MIN(low), 0), 3) AS spread_ratio
  FROM latest WHERE rn = 1 GROUP BY series_id, day
)
SELECT s.story_id, p.series_id, s.series_label, s.metric, p.day, p.n_sources, p.lowest_low, p.highest_high,
       p.spread_ratio,
       CASE WHEN LAG(p.spread_ratio) OVER w IS NULL THEN 'first'
            WHEN p.spread_ratio < LAG(p.spread_ratio) OVER w THEN 'narrowing'
            WHEN p.spread_ratio > LAG(p.spread_ratio) OVER w THEN 'widening'
            ELSE 'steady' END AS trend
FROM spread p JOIN series s ON s.series_id = p.series_id
WINDOW w AS (PARTITION BY p.series_id ORDER BY p.day)
ORDER BY s.series_label, p.series_id, p.day
