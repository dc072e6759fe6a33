-- An actor's events of one root code (`parley events --involving X --root 04`), off one index (H2 2.3.232 and
-- PostgreSQL alike). The list was driven from the actor's participations and read every one of the actor's
-- events to check its root: some 550 participations and 350 event rows (3,500 pages) per person at 1M events,
-- for the twentieth of them kept. Each participation now carries its event's root and first day, which the
-- writer copies from the event it writes with (an event's root and days never change after it is written: an
-- article's analysis is replaced whole), so the actor's events of a root are a range on
-- (actor_id, root, day_first) and only they are read.

ALTER TABLE event_participants ADD COLUMN root VARCHAR(2);
ALTER TABLE event_participants ADD COLUMN day_first DATE;

UPDATE event_participants SET (root, day_first) = (SELECT e.root, e.day_first FROM events e
  WHERE e.article_id = event_participants.article_id AND e.local_id = event_participants.event_local);

-- A participation whose event is gone (none should be) is never listed: every read joins the event.
DELETE FROM event_participants WHERE root IS NULL;
ALTER TABLE event_participants ALTER COLUMN root SET NOT NULL;

-- (event_participants_actor stays: on H2 it may be the index of the actor_id foreign key.)
CREATE INDEX event_participants_actor_root ON event_participants (actor_id, root, day_first);
