-- evidence: for each estimate series, one row per article that carried an assertion: the assertion
-- (source, figure, bounds, statement day), the outlet with its article's URL and title, the figure
-- and the sentence as that article wrote them, whether the article is a wire copy, and the claim's
-- modality (asserted, or projected: a forecast or a conditional), and the article's language. The HTML report's charts and
-- evidence tables read these rows; unattributed assertions are here too (the timeline leaves them out).
SELECT a.story_id, a.series_id, a.series_label, a.assertion_id, a.metric,
       a.source_key, a.source_name, a.quantity_text AS assertion_text, a.value_low, a.value_high, a.qualifier,
       a.stated_on, a.first_published, COALESCE(a.stated_on, a.first_published) AS as_of, a.n_outlets,
       r.claim_id, r.doc_id, r.outlet, r.url, d.title, r.published, r.quantity_text AS article_text,
       r.sentence, r.copy_of, c.modality, d.lang
FROM assertion_reports r
JOIN assertions a ON a.assertion_id = r.assertion_id
LEFT JOIN claims c ON c.claim_id = r.claim_id
LEFT JOIN articles d ON d.doc_id = r.doc_id
ORDER BY a.series_label, a.series_id, as_of, a.source_name, a.assertion_id, r.published, r.outlet, r.doc_id
