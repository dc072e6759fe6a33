-- Lists read their first page off an index in their own order (newest first, or oldest first) instead of
-- sorting every matching row; pairs of actors and date windows are ranges on one index.

DROP INDEX events_day;
CREATE INDEX events_day_asc ON events (day_first ASC NULLS LAST, id ASC);
CREATE INDEX events_day_desc ON events (day_first DESC NULLS LAST, id DESC);
CREATE INDEX events_pair_day ON events (source_actor, target_actor, day_first);

DROP INDEX articles_published;
CREATE INDEX articles_published_asc ON articles (published ASC NULLS LAST, id ASC);
CREATE INDEX articles_published_desc ON articles (published DESC NULLS LAST, id DESC);

CREATE INDEX claims_published_desc ON claims (published DESC NULLS LAST, id DESC);

-- The longest span of days of any event (day_last - day_first): a window [from, to] then needs only the
-- events with day_first in [from - span, to], a range on the day indexes. The writer keeps it up to date.
INSERT INTO store_meta (meta_name, meta_value)
SELECT 'event.max-days', CAST(COALESCE(MAX(CAST((EXTRACT(EPOCH FROM day_last) - EXTRACT(EPOCH FROM day_first)) / 86400 AS INTEGER)), 0) AS VARCHAR(20))
FROM events;
