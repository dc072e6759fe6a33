-- Indexes for a store that keeps its ingest rate and query times as it grows (H2 2.3.232 and PostgreSQL alike).

-- Merging stories moves incidents and claim groups by story_id: without these, every merge read every
-- incident and claim group (at 60,800 articles, about 600,000 incidents: one article a second on H2).
CREATE INDEX incidents_story ON incidents (story_id);
CREATE INDEX claim_groups_story ON claim_groups (story_id);

-- A root code in a date window, newest first: with day_last and id in the index the window and the order are
-- found in the index alone, and only the page of events shown is read (H2 read every event of the root in the
-- window with its article, some 5,000 pages at 630,000 events). Replaces (root, day_first), its prefix.
CREATE INDEX events_root_days ON events (root, day_first, day_last, id);
DROP INDEX events_root_day;
