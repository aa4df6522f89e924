-- summary: per metric, the first and the latest estimate (with their sources), how many sources
-- and outlets gave one.
WITH e AS (
  SELECT metric, source_name, quantity_text, COALESCE(stated_on, first_published) AS as_of
  FROM assertions WHERE source_key <> 'unattributed' AND COALESCE(stated_on, first_published) IS NOT NULL
),
outlets AS (
  SELECT metric, COUNT(DISTINCT outlet) AS n_outlets FROM assertion_reports GROUP BY metric
)
SELECT e.metric,
       MIN(e.as_of) AS first_date,
       MIN_BY(CONCAT(e.source_name, ': ', e.quantity_text), e.as_of) AS first_estimate,
       MAX(e.as_of) AS latest_date,
       MAX_BY(CONCAT(e.source_name, ': ', e.quantity_text), e.as_of) AS latest_estimate,
       COUNT(DISTINCT e.source_name) AS n_sources,
       MAX(o.n_outlets) AS n_outlets
FROM e LEFT JOIN outlets o ON o.metric = e.metric
GROUP BY e.metric ORDER BY e.metric
