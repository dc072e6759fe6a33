-- Corpus-wide counts the API ranks by, kept by the writer in each article's own transaction (Aggregates):
-- an article adds its contribution when written and takes it away before it is replaced, so the counts stay
-- exact through re-ingest and crashes. The API reads a ranking's first page off these tables' indexes
-- instead of counting the whole corpus. The INSERTs below fill them from the rows of an older store.

-- Per actor: articles naming it (copies not counted), events with it as source or target (once per event),
-- claims it makes.
CREATE TABLE actor_stats (
  actor_id BIGINT PRIMARY KEY REFERENCES actors(id),
  articles INTEGER NOT NULL,
  events INTEGER NOT NULL,
  claims INTEGER NOT NULL
);
CREATE INDEX actor_stats_rank ON actor_stats (articles DESC, actor_id);

-- The actor network by scope: '' all events, 'r04' one CAMEO root, 'q1' one QuadClass. Events between two
-- different actors only. network_origins counts each pair's events by origin (its rows are the pair's
-- independent sources); network_links is the pair's edge; network_nodes an actor's events on any edge.
CREATE TABLE network_origins (
  scope VARCHAR(4) NOT NULL,
  source_actor BIGINT NOT NULL,
  target_actor BIGINT NOT NULL,
  origin_key VARCHAR(600) NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (scope, source_actor, target_actor, origin_key)
);

CREATE TABLE network_links (
  scope VARCHAR(4) NOT NULL,
  source_actor BIGINT NOT NULL,
  target_actor BIGINT NOT NULL,
  events INTEGER NOT NULL,
  q1 INTEGER NOT NULL,
  q2 INTEGER NOT NULL,
  q3 INTEGER NOT NULL,
  q4 INTEGER NOT NULL,
  independent INTEGER NOT NULL,
  PRIMARY KEY (scope, source_actor, target_actor)
);

CREATE TABLE network_nodes (
  scope VARCHAR(4) NOT NULL,
  actor_id BIGINT NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (scope, actor_id)
);
CREATE INDEX network_nodes_rank ON network_nodes (scope, events DESC, actor_id);

-- Per story with articles: their number, copies among them, distinct outlets, and the story's last day
-- (copied from stories for the ranking's index). A deleted story takes its row with it.
CREATE TABLE story_stats (
  story_id BIGINT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
  articles INTEGER NOT NULL,
  copies INTEGER NOT NULL,
  outlets INTEGER NOT NULL,
  last_day DATE
);
CREATE INDEX story_stats_rank ON story_stats (articles DESC, last_day DESC NULLS LAST, story_id);

-- Events per (root, QuadClass, modality) and claims per anonymity: the exact totals of lists filtered by those
-- alone, without counting every event or claim.
CREATE TABLE event_facets (
  root VARCHAR(2) NOT NULL,
  quad SMALLINT NOT NULL,
  modality VARCHAR(12) NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (root, quad, modality)
);

CREATE TABLE claim_facets (
  anonymous BOOLEAN PRIMARY KEY,
  claims INTEGER NOT NULL
);

-- backfill
INSERT INTO actor_stats (actor_id, articles, events, claims)
SELECT actor_id, SUM(articles), SUM(events), SUM(claims) FROM (
  SELECT aa.actor_id AS actor_id, COUNT(DISTINCT aa.article_id) AS articles, 0 AS events, 0 AS claims
  FROM article_actors aa JOIN articles a ON a.id = aa.article_id WHERE a.duplicate_of IS NULL GROUP BY aa.actor_id
  UNION ALL
  SELECT source_actor, 0, COUNT(*), 0 FROM events WHERE source_actor IS NOT NULL GROUP BY source_actor
  UNION ALL
  SELECT target_actor, 0, COUNT(*), 0 FROM events
  WHERE target_actor IS NOT NULL AND (source_actor IS NULL OR source_actor <> target_actor) GROUP BY target_actor
  UNION ALL
  SELECT speaker_actor, 0, 0, COUNT(*) FROM claims WHERE speaker_actor IS NOT NULL GROUP BY speaker_actor
) x GROUP BY actor_id;

INSERT INTO network_origins (scope, source_actor, target_actor, origin_key, events)
SELECT '', source_actor, target_actor, origin_key, COUNT(*) FROM events
WHERE source_actor IS NOT NULL AND target_actor IS NOT NULL AND source_actor <> target_actor
GROUP BY source_actor, target_actor, origin_key;

INSERT INTO network_origins (scope, source_actor, target_actor, origin_key, events)
SELECT CONCAT('r', root), source_actor, target_actor, origin_key, COUNT(*) FROM events
WHERE source_actor IS NOT NULL AND target_actor IS NOT NULL AND source_actor <> target_actor
GROUP BY root, source_actor, target_actor, origin_key;

INSERT INTO network_origins (scope, source_actor, target_actor, origin_key, events)
SELECT CONCAT('q', CAST(quad AS VARCHAR(2))), source_actor, target_actor, origin_key, COUNT(*) FROM events
WHERE source_actor IS NOT NULL AND target_actor IS NOT NULL AND source_actor <> target_actor
GROUP BY quad, source_actor, target_actor, origin_key;

INSERT INTO network_links (scope, source_actor, target_actor, events, q1, q2, q3, q4, independent)
SELECT '', source_actor, target_actor, COUNT(*), SUM(CASE WHEN quad = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN quad = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN quad = 3 THEN 1 ELSE 0 END),
  SUM(CASE WHEN quad = 4 THEN 1 ELSE 0 END), COUNT(DISTINCT origin_key) FROM events
WHERE source_actor IS NOT NULL AND target_actor IS NOT NULL AND source_actor <> target_actor
GROUP BY source_actor, target_actor;

INSERT INTO network_links (scope, source_actor, target_actor, events, q1, q2, q3, q4, independent)
SELECT CONCAT('r', root), source_actor, target_actor, COUNT(*), SUM(CASE WHEN quad = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN quad = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN quad = 3 THEN 1 ELSE 0 END),
  SUM(CASE WHEN quad = 4 THEN 1 ELSE 0 END), COUNT(DISTINCT origin_key) FROM events
WHERE source_actor IS NOT NULL AND target_actor IS NOT NULL AND source_actor <> target_actor
GROUP BY root, source_actor, target_actor;

INSERT INTO network_links (scope, source_actor, target_actor, events, q1, q2, q3, q4, independent)
SELECT CONCAT('q', CAST(quad AS VARCHAR(2))), source_actor, target_actor, COUNT(*),
  SUM(CASE WHEN quad = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN quad = 2 THEN 1 ELSE 0 END),
  SUM(CASE WHEN quad = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN quad = 4 THEN 1 ELSE 0 END), COUNT(DISTINCT origin_key)
FROM events WHERE source_actor IS NOT NULL AND target_actor IS NOT NULL AND source_actor <> target_actor
GROUP BY quad, source_actor, target_actor;

INSERT INTO network_nodes (scope, actor_id, events)
SELECT scope, actor_id, SUM(events) FROM (
  SELECT scope, source_actor AS actor_id, events FROM network_links
  UNION ALL
  SELECT scope, target_actor, events FROM network_links
) x GROUP BY scope, actor_id;

INSERT INTO story_stats (story_id, articles, copies, outlets, last_day)
SELECT s.id, COUNT(a.id), SUM(CASE WHEN a.duplicate_of IS NULL THEN 0 ELSE 1 END), COUNT(DISTINCT a.outlet_key), s.last_day
FROM stories s JOIN articles a ON a.story_id = s.id GROUP BY s.id, s.last_day;

INSERT INTO event_facets (root, quad, modality, events)
SELECT root, quad, modality, COUNT(*) FROM events GROUP BY root, quad, modality;

INSERT INTO claim_facets (anonymous, claims)
SELECT anonymous, COUNT(*) FROM claims GROUP BY anonymous;
