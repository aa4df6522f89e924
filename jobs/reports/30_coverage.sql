-- coverage: which outlets carried each assertion, which was first, and each outlet's lag in days
-- after the statement (after the first publication when the statement date is unknown), with the
-- estimate series (and story) the assertion belongs to, and the language the outlet wrote in.
SELECT a.story_id, a.series_id, a.series_label,
       a.assertion_id, a.metric, a.source_name, a.quantity_text, a.stated_on, a.first_published,
       r.outlet, MIN(r.published) AS published,
       DATEDIFF(MIN(r.published), COALESCE(a.stated_on, a.first_published)) AS lag_days,
       MIN(r.published) = a.first_published AS first_outlet,
       MAX(r.copy_of IS NOT NULL) AS wire_copy,
       COUNT(DISTINCT r.doc_id) AS n_articles,
       MIN(d.lang) AS lang
FROM assertion_reports r JOIN assertions a ON r.assertion_id = a.assertion_id
LEFT JOIN articles d ON d.doc_id = r.doc_id
GROUP BY a.story_id, a.series_id, a.series_label,
         a.assertion_id, a.metric, a.source_name, a.quantity_text, a.stated_on, a.first_published, r.outlet
ORDER BY a.series_label, a.series_id, COALESCE(a.stated_on, a.first_published), a.source_name, published, r.outlet
