package dev.parley.store;

import dev.parley.core.article.Article;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.events.Event;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article's claims with their chains and its events with their participants, inserted in batches inside the
 * writer's transaction once the linker has given them their claim groups and incidents.
 */
final class AnalysisRows {
  private AnalysisRows() {}

  static void insertClaims(Connection c, long id, Article a, List<ArticleWriter.ClaimPlan> claims) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (article_id, local_id, claim_text, span_start,"
            + " span_end, direct, speaker_actor, speaker, anonymous, cue, hedged, hedge, origin_key, origin_name,"
            + " claim_group, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement links = c.prepareStatement(
            "INSERT INTO claim_links (article_id, claim_local, pos, name, kind) VALUES (?, ?, ?, ?, ?)")) {
      Set<String> seen = new java.util.HashSet<>();
      for (ArticleWriter.ClaimPlan p : claims) {
        Claim cl = p.claim();
        if (!seen.add(cl.id())) {
          continue;
        }
        ps.setLong(1, id);
        ps.setString(2, cl.id());
        ps.setString(3, NameKeys.clip(cl.text(), 8000));
        ps.setInt(4, cl.span().start());
        ps.setInt(5, cl.span().end());
        ps.setBoolean(6, cl.direct());
        ps.setObject(7, p.speakerActor(), Types.BIGINT);
        ps.setString(8, NameKeys.clip(cl.speaker().description(), 500));
        ps.setBoolean(9, cl.speaker().anonymous());
        ps.setString(10, NameKeys.clip(cl.cue(), 200));
        ps.setBoolean(11, cl.hedged());
        ps.setString(12, NameKeys.clip(cl.hedge(), 200));
        ps.setString(13, NameKeys.clip(p.origin().key(), 600));
        ps.setString(14, NameKeys.clip(p.origin().name(), 500));
        ps.setLong(15, p.group());
        ps.setDate(16, a.published() == null ? null : Date.valueOf(a.published()));
        ps.addBatch();
        int pos = 0;
        for (ChainLink l : cl.chain()) {
          links.setLong(1, id);
          links.setString(2, cl.id());
          links.setInt(3, pos++);
          links.setString(4, NameKeys.clip(l.name(), 500));
          links.setString(5, l.kind().label());
          links.addBatch();
        }
      }
      ps.executeBatch();
      links.executeBatch();
    }
  }

  static void insertEvents(Connection c, long id, List<ArticleWriter.EventPlan> events) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (article_id, local_id, code, base_code, root, quad,"
            + " goldstein, source_actor, target_actor, location, date_first, date_last, day_first, day_last, modality,"
            + " evidence_start, evidence_end, evidence_text, claim_local, lead_event, origin_key, origin_name, incident_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement parts = c.prepareStatement(
            "INSERT INTO event_participants (article_id, event_local, actor_id, role, root, day_first)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      Set<String> seen = new java.util.HashSet<>();
      for (ArticleWriter.EventPlan p : events) {
        Event e = p.event();
        if (!seen.add(e.id())) {
          continue;
        }
        ps.setLong(1, id);
        ps.setString(2, e.id());
        ps.setString(3, e.code());
        ps.setString(4, e.code().substring(0, Math.min(3, e.code().length())));
        ps.setString(5, e.root());
        ps.setInt(6, e.quad());
        ps.setDouble(7, e.goldstein());
        ps.setObject(8, p.source(), Types.BIGINT);
        ps.setObject(9, p.target(), Types.BIGINT);
        ps.setString(10, NameKeys.clip(e.location(), 500));
        ps.setDate(11, e.date() == null ? null : Date.valueOf(e.date().first()));
        ps.setDate(12, e.date() == null ? null : Date.valueOf(e.date().last()));
        ps.setDate(13, p.dayFirst() == null ? null : Date.valueOf(p.dayFirst()));
        ps.setDate(14, p.dayLast() == null ? null : Date.valueOf(p.dayLast()));
        ps.setString(15, e.modality().label());
        ps.setInt(16, e.evidence().start());
        ps.setInt(17, e.evidence().end());
        ps.setString(18, NameKeys.clip(e.evidence().text(), 8000));
        ps.setString(19, e.claim());
        ps.setBoolean(20, p.lead());
        ps.setString(21, NameKeys.clip(p.origin().key(), 600));
        ps.setString(22, NameKeys.clip(p.origin().name(), 500));
        ps.setLong(23, p.incident());
        ps.addBatch();
        Set<String> roles = new java.util.HashSet<>();
        Date day = p.dayFirst() == null ? null : Date.valueOf(p.dayFirst());
        parts.setString(5, e.root()); // the event's root and first day, for an actor's events of a root (V6)
        parts.setDate(6, day);
        addPart(parts, roles, id, e.id(), p.source(), "source");
        addPart(parts, roles, id, e.id(), p.target(), "target");
        for (Long actor : p.participants()) {
          addPart(parts, roles, id, e.id(), actor, "participant");
        }
        for (Map.Entry<Long, String> r : p.roles().entrySet()) {
          addPart(parts, roles, id, e.id(), r.getKey(), NameKeys.clip(r.getValue(), 40));
        }
      }
      ps.executeBatch();
      parts.executeBatch();
    }
  }

  private static void addPart(PreparedStatement ps, Set<String> seen, long article, String event, Long actor, String role)
      throws SQLException {
    if (actor == null || !seen.add(actor + "|" + role)) {
      return;
    }
    ps.setLong(1, article);
    ps.setString(2, event);
    ps.setLong(3, actor);
    ps.setString(4, role);
    ps.addBatch();
  }
}
