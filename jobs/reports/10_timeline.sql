-- timeline: for each estimate series (one quantity in one story: metric, what is counted, whose),
-- each source's estimates in date order, with revisions.
-- One row per assertion (a statement, however many outlets carried it). A source's estimate is
-- compared with its previous one in the same series: up, down or same, and the ratio. Estimates
-- of other series (the same metric in another story) are never compared.
-- Views: assertions, assertion_reports, stories, sources, claims, articles.
WITH estimates AS (
  SELECT story_id, series_id, series_label, assertion_id, metric, population, place,
         source_key, source_name, source_type, source_country,
         stated_on, first_published, COALESCE(stated_on, first_published) AS as_of,
         value_low, value_high, qualifier, quantity_text, n_articles, n_outlets,
         CASE WHEN value_low IS NOT NULL AND value_high IS NOT NULL THEN (value_low + value_high) / 2
              ELSE COALESCE(value_low, value_high) END AS value_mid
  FROM assertions
  WHERE source_key <> 'unattributed'
)
SELECT story_id, series_id, series_label, metric, population, place,
       source_key, source_name, source_type, source_country, as_of, stated_on,
       first_published, quantity_text, value_low, value_high, qualifier, value_mid, n_articles, n_outlets,
       LAG(value_mid) OVER w AS previous_value,
       CASE WHEN LAG(value_mid) OVER w IS NULL THEN 'first'
            WHEN value_mid > LAG(value_mid) OVER w THEN 'up'
            WHEN value_mid < LAG(value_mid) OVER w THEN 'down'
            ELSE 'same' END AS revision,
       ROUND(value_mid / NULLIF(LAG(value_mid) OVER w, 0), 3) AS ratio_to_previous,
       assertion_id
FROM estimates
WINDOW w AS (PARTITION BY series_id, source_key ORDER BY as_of, assertion_id)
ORDER BY series_label, series_id, as_of, source_name, assertion_id
