-- An actor's events of one root code (`parley events --involving X --root 04`), off one index (H2 2.3.232 and
-- PostgreSQL alike). The list was driven from the actor's participations and read every one of the actor's
-- events to check its root: some 550 participations and 350 event rows (3,500 pages) per person at 1M events,
-- for the twentieth of them kept. Each participation now carries its event's root and first day, which the
-- writer copies from the event it writes with (an event's root and days never change after it is written: an
-- article's analysis is replaced whole), so the actor's events of a root are a range on
-- (actor_id, root, day_first) and only they are read.
--
-- The table is built again rather than updated in place: on H2 an UPDATE of every one of 2.75M rows (1M events)
-- ran for over 18 minutes (one transaction re-writing each row in every index) before it was stopped. A
-- participation whose event is gone (none should be) is left out: every read joins the event.

CREATE TABLE event_participants_v6 (
  article_id BIGINT NOT NULL,
  event_local VARCHAR(40) NOT NULL,
  actor_id BIGINT NOT NULL,
  role VARCHAR(40) NOT NULL,
  root VARCHAR(2) NOT NULL,
  day_first DATE
);

INSERT INTO event_participants_v6 (article_id, event_local, actor_id, role, root, day_first)
SELECT p.article_id, p.event_local, p.actor_id, p.role, e.root, e.day_first
FROM event_participants p JOIN events e ON e.article_id = p.article_id AND e.local_id = p.event_local;

DROP TABLE event_participants;
ALTER TABLE event_participants_v6 RENAME TO event_participants;

ALTER TABLE event_participants ADD PRIMARY KEY (article_id, event_local, actor_id, role);
CREATE INDEX event_participants_actor ON event_participants (actor_id);
CREATE INDEX event_participants_actor_root ON event_participants (actor_id, root, day_first);
ALTER TABLE event_participants ADD FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE;
ALTER TABLE event_participants ADD FOREIGN KEY (actor_id) REFERENCES actors(id);
