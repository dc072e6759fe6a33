package dev.parley.store;

import dev.parley.store.ApiReads.Edge;
import dev.parley.store.ApiReads.Network;
import dev.parley.store.ApiReads.NetworkFilter;
import dev.parley.store.ApiReads.Page;
import dev.parley.store.ApiReads.StoryDetail;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API's corpus-wide reads: actors and stories ranked off the kept counts ({@link Rankings}), one story with its
 * articles, the store's summary, and the actor network, each kept until the store's revision moves.
 */
final class CorpusReads {
  private final ReadPool pool;
  private final KeptAnswers kept;

  CorpusReads(ReadPool pool, KeptAnswers kept) {
    this.pool = pool;
    this.kept = kept;
  }

  Page<ActorRow> actors(String name, String kind, int limit, int offset) {
    return kept.aggregate("actors|" + name + "|" + kind + "|" + limit + "|" + offset, () -> pool.read("actors", c -> {
      Set<Long> only = null;
      if (name != null) {
        only = Queries.actorIds(c, name);
        if (only.isEmpty()) {
          return new Page<>(List.of(), 0, limit, offset);
        }
      }
      List<Object> args = new ArrayList<>();
      String fromWhere = Rankings.actorWhere(only, kind, args);
      long total = kept.total(c, "SELECT COUNT(*)" + fromWhere, args);
      return new Page<>(Rankings.actors(c, fromWhere, args, limit, offset), total, limit, offset);
    }));
  }

  Optional<ActorRow> actor(long id) {
    return pool.read("the actor", c -> Optional.ofNullable(Rankings.actor(c, id)));
  }

  Page<StoryRow> stories(int limit, int offset) {
    return kept.aggregate("stories|" + limit + "|" + offset, () -> pool.read("stories", c -> new Page<>(Rankings.stories(c, limit, offset, null),
        kept.total(c, "SELECT COUNT(*) FROM story_stats", List.of()), limit, offset)));
  }

  Optional<StoryDetail> story(long id) {
    return kept.aggregate("story|" + id, () -> storyDetail(id));
  }

  private Optional<StoryDetail> storyDetail(long id) {
    return pool.read("the story", c -> {
      List<StoryRow> s = Rankings.stories(c, 1, 0, id);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new StoryDetail(s.get(0), ArticleReads.articleItems(c, ArticleReads.ARTICLE_SELECT
          + " WHERE a.story_id = ? ORDER BY a.published ASC NULLS LAST, a.id ASC LIMIT 500", List.of(id))));
    });
  }

  StoreSummary summary() {
    return kept.aggregate("summary", () -> pool.read("the summary", c -> {
      LocalDate first = null;
      LocalDate last = null;
      try (PreparedStatement ps = c.prepareStatement("SELECT MIN(published), MAX(published) FROM articles");
          ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          first = Queries.day(rs, 1);
          last = Queries.day(rs, 2);
        }
      }
      return new StoreSummary(Queries.count(c, "SELECT COUNT(*) FROM articles"),
          Queries.count(c, "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"),
          Queries.count(c, "SELECT COUNT(*) FROM sources"), 0, 0,
          Queries.count(c, "SELECT COUNT(DISTINCT outlet_key) FROM articles"), Queries.count(c, "SELECT COUNT(*) FROM actors"),
          Queries.count(c, "SELECT COUNT(*) FROM events"), Queries.count(c, "SELECT COUNT(DISTINCT incident_id) FROM events"),
          Queries.count(c, "SELECT COUNT(*) FROM claims"), Queries.count(c, "SELECT COUNT(DISTINCT claim_group) FROM claims"),
          Queries.count(c, "SELECT COUNT(*) FROM stories s WHERE EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)"),
          first, last);
    }));
  }

  Network network(NetworkFilter f) {
    return kept.aggregate("network|" + f, () -> Rankings.kept(f) ? pool.read("the network", c -> Rankings.network(c, f)) : networkOfEvents(f));
  }

  /** The network counted from the matching events. */
  Network networkOfEvents(NetworkFilter f) {
    return pool.read("the network", c -> {
      StringBuilder where = new StringBuilder(" WHERE e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL"
          + " AND e.source_actor <> e.target_actor");
      List<Object> args = new ArrayList<>();
      if (f.from() != null) {
        Queries.eventsFrom(c, f.from(), where, args);
      }
      if (f.to() != null) {
        where.append(" AND e.day_first <= ?");
        args.add(f.to());
      }
      if (f.root() != null) {
        where.append(" AND e.root = ?");
        args.add(f.root());
      }
      if (f.quad() != null) {
        where.append(" AND e.quad = ?");
        args.add(f.quad());
      }
      List<Edge> edges = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT e.source_actor, e.target_actor, COUNT(*), COUNT(DISTINCT e.origin_key),"
          + " SUM(CASE WHEN e.quad = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad = 2 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN e.quad = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad = 4 THEN 1 ELSE 0 END)"
          + " FROM events e" + where + " GROUP BY e.source_actor, e.target_actor")) {
        Queries.bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (rs.getInt(4) >= f.minSources()) {
              edges.add(new Edge(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                  new int[] {rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)}));
            }
          }
        }
      }
      Map<Long, Integer> weight = new HashMap<>();
      for (Edge e : edges) {
        weight.merge(e.source(), e.events(), Integer::sum);
        weight.merge(e.target(), e.events(), Integer::sum);
      }
      List<Long> top = Rankings.top(weight, f.limit());
      if (top.isEmpty()) {
        return new Network(List.of(), List.of());
      }
      Set<Long> kept = new java.util.HashSet<>(top);
      return new Network(Rankings.nodes(c, top, weight),
          Rankings.sorted(edges.stream().filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList()));
    });
  }
}
