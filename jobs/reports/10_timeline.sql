-- timeline: for each metric (with what is counted and where), each source's estimates in date order, with revisions.
-- One row per assertion (a statement, however many outlets carried it). A source's estimate is
-- compared with its previous one for the same metric: up, down or same, and the ratio.
-- Views: assertions, assertion_reports, sources, claims, articles.
WITH estimates AS (
  SELECT assertion_id, metric, population, place, source_key, source_name, source_type, source_country,
         stated_on, first_published, COALESCE(stated_on, first_published) AS as_of,
         value_low, value_high, qualifier, quantity_text, n_articles, n_outlets,
         CASE WHEN value_low IS NOT NULL AND value_high IS NOT NULL THEN (value_low + value_high) / 2
              ELSE COALESCE(value_low, value_high) END AS value_mid
  FROM assertions
  WHERE source_key <> 'unattributed'
)
SELECT metric, population, place, source_key, source_name, source_type, source_country, as_of, stated_on,
       first_published, quantity_text, value_low, value_high, qualifier, value_mid, n_articles, n_outlets,
       LAG(value_mid) OVER w AS previous_value,
       CASE WHEN LAG(value_mid) OVER w IS NULL THEN 'first'
            WHEN value_mid > LAG(value_mid) OVER w THEN 'up'
            WHEN value_mid < LAG(value_mid) OVER w THEN 'down'
            ELSE 'same' END AS revision,
       ROUND(value_mid / NULLIF(LAG(value_mid) OVER w, 0), 3) AS ratio_to_previous,
       assertion_id
FROM estimates
WINDOW w AS (PARTITION BY metric, source_key ORDER BY as_of, assertion_id)
ORDER BY metric, as_of, source_name
