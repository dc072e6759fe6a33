-- Indexes for a store of a million events (H2 2.3.232 and PostgreSQL alike).

-- A claim's candidates in the stories its article joins, within days of its publication.
CREATE INDEX articles_story_published ON articles (story_id, published);

-- Covered by the unique (article_id, local_id) indexes: one index fewer to write for every event and claim.
DROP INDEX events_article;
DROP INDEX claims_article;
