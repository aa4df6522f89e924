-- summary: per estimate series, the first and the latest estimate (with their sources), how many
-- sources and outlets gave one, and the label of the series' story. The latest estimate is also
-- given in parts (latest_source, latest_quantity) for the HTML report's index; estimates of the same
-- day are ordered by the figure as written, then the source's name, so the pick is the same every run.
WITH e AS (
  SELECT story_id, series_id, series_label, metric, source_name, quantity_text,
         COALESCE(stated_on, first_published) AS as_of
  FROM assertions WHERE source_key <> 'unattributed' AND COALESCE(stated_on, first_published) IS NOT NULL
),
per_series AS (
  -- a series' assertions all carry the same story, label and metric: MIN picks that one
  SELECT series_id, MIN(story_id) AS story_id, MIN(series_label) AS series_label, MIN(metric) AS metric,
         MIN(as_of) AS first_date,
         MIN_BY(CONCAT(source_name, ': ', quantity_text), as_of) AS first_estimate,
         MAX(as_of) AS latest_date,
         MAX_BY(NAMED_STRUCT('source', source_name, 'quantity', quantity_text),
                STRUCT(as_of, quantity_text, source_name)) AS latest,
         COUNT(DISTINCT source_name) AS n_sources
  FROM e GROUP BY series_id
),
outlets AS (
  SELECT series_id, COUNT(DISTINCT outlet) AS n_outlets FROM assertion_reports GROUP BY series_id
)
SELECT p.story_id, p.series_id, p.series_label, s.label AS story_label, p.metric,
       p.first_date, p.first_estimate, p.latest_date, CONCAT(p.latest.source, ': ', p.latest.quantity) AS latest_estimate,
       p.n_sources, o.n_outlets, p.latest.source AS latest_source, p.latest.quantity AS latest_quantity
FROM per_series p
LEFT JOIN outlets o ON o.series_id = p.series_id
LEFT JOIN stories s ON s.story_id = p.story_id
ORDER BY p.series_label, p.series_id
