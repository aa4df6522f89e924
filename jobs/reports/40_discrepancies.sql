-- discrepancies: article claims that differ from a better-carried assertion by the same source
-- made on the same occasion (statement dates within a day, or unknown) with overlapping figures:
-- another metric ("dead" where the source said "casualties"), other bounds ("1,000 wounded" where
-- the source said "nearly 1,000") or another qualifier. Both texts are given. Only within one story:
-- another metric is another estimate series of the same story, which is what a 'metric' discrepancy
-- is, but a claim is never matched with an assertion of another story (or a story-less claim with
-- an assertion that has a story). story_id, series_id and series_label are the assertion's.
WITH own AS (
  SELECT r.*, a.n_articles AS own_articles
  FROM assertion_reports r JOIN assertions a ON r.assertion_id = a.assertion_id
  WHERE r.source_key <> 'unattributed'
)
SELECT a.story_id, a.series_id, a.series_label,
       o.doc_id, o.outlet, o.published, o.quantity_text AS article_text, o.metric AS article_metric,
       o.value_low AS article_low, o.value_high AS article_high, o.qualifier AS article_qualifier,
       a.source_name, a.quantity_text AS assertion_text, a.metric AS assertion_metric,
       a.value_low AS assertion_low, a.value_high AS assertion_high, a.qualifier AS assertion_qualifier,
       a.n_articles AS assertion_articles,
       CASE WHEN o.metric <> a.metric THEN 'metric'
            WHEN NOT (o.value_low <=> a.value_low AND o.value_high <=> a.value_high) THEN 'bounds'
            ELSE 'qualifier' END AS kind,
       o.sentence, a.assertion_id
FROM own o JOIN assertions a
  ON o.story_id <=> a.story_id
 AND (o.source_key = a.source_key OR o.source_key LIKE CONCAT(a.source_key, ':%') OR a.source_key LIKE CONCAT(o.source_key, ':%'))
 AND o.assertion_id <> a.assertion_id
 -- an undated article is never the earlier one
 AND (a.n_articles > o.own_articles OR a.n_articles = o.own_articles
      AND (a.first_published < o.published OR o.published IS NULL AND a.first_published IS NOT NULL))
 AND (o.stated_on IS NULL OR a.stated_on IS NULL OR ABS(DATEDIFF(o.stated_on, a.stated_on)) <= 1)
 -- the same figure: bounded ranges that overlap, or, where a side is open-ended, known bounds
 -- within a quarter of each other ("782" and "at least 782"; not "at least 782" and "more than 1,140")
 AND (o.value_low IS NOT NULL AND o.value_high IS NOT NULL AND a.value_low IS NOT NULL AND a.value_high IS NOT NULL
        AND o.value_low <= a.value_high AND a.value_low <= o.value_high
      OR ABS(COALESCE(o.value_low, o.value_high) - COALESCE(a.value_low, a.value_high))
         <= 0.25 * GREATEST(COALESCE(o.value_low, o.value_high), COALESCE(a.value_low, a.value_high)))
 -- the same kind of figure: casualties may be reported as dead or wounded, not dead as wounded
 AND (o.metric = a.metric OR 'casualties' IN (o.metric, a.metric)
      AND o.metric IN ('killed', 'wounded', 'casualties') AND a.metric IN ('killed', 'wounded', 'casualties'))
WHERE NOT (o.metric = a.metric AND o.value_low <=> a.value_low AND o.value_high <=> a.value_high AND o.qualifier = a.qualifier)
ORDER BY a.series_label, a.series_id, a.source_name, o.published, o.doc_id, a.assertion_id
