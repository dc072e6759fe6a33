package dev.parley.store;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds or creates the canonical actor of an article's actor, inside the caller's transaction.
 *
 * <p>Countries merge by ISO3 code (the CAMEO country code when there is no ISO3). Everyone else
 * merges by name: the actor's canonical name is looked up among every name and alias already known
 * for that kind, then each of its aliases that <em>names</em> it (shares a word with its name, or is
 * an acronym of an organisation; "Rubio" for Marco Rubio, not "the secretary"). A candidate must not
 * contradict the actor: same country and same CAMEO country block, where both are known. A match
 * learns the actor's new naming aliases; no match creates a canonical actor.
 */
final class ActorCanon {
  private final Dialect dialect;
  /** Actor ids by "kind|name key", ascending, as actor_names holds them: what this writer has read or written. */
  private final Map<String, List<Long>> names = new HashMap<>();
  /** Country and CAMEO code by actor id, as the actors table holds them. */
  private final Map<Long, String[]> attributes = new HashMap<>();

  ActorCanon(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Forgets what was read: after a rollback (what was written is gone), and after a commit when other
   * processes may write the same database (PostgreSQL). Within one transaction, and on H2 whose file
   * only this process can open, the remembered rows are exactly the database's.
   */
  void forget() {
    names.clear();
    attributes.clear();
    pendingNames.clear();
    pendingActors.clear();
  }

  /**
   * Reads, in two queries, every actor_names row and actor that resolving {@code actors} can look at: without it
   * each name key and each candidate actor is one round trip (about 30 per article on PostgreSQL, which forgets
   * them after every commit). What {@link #resolve} then finds is what it would have read itself.
   * {@code alsoLookedUp} are further "kind|name key"s that {@link #lookup} will be asked for (the names in claims'
   * chains), see {@link #lookupKey}.
   */
  void prefetch(Connection c, List<Actor> actors, Set<String> alsoLookedUp) throws SQLException {
    Set<String> wanted = new LinkedHashSet<>();
    for (String k : alsoLookedUp) {
      if (!names.containsKey(k)) {
        wanted.add(k);
      }
    }
    for (Actor x : actors) {
      for (String key : lookupKeys(x)) {
        if (!names.containsKey(x.kind().name() + "|" + key)) {
          wanted.add(x.kind().name() + "|" + key);
        }
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    Map<String, List<Long>> found = new HashMap<>();
    for (String k : wanted) {
      found.put(k, new ArrayList<>());
    }
    List<Object> keys = new ArrayList<>();
    wanted.forEach(k -> keys.add(k.substring(k.indexOf('|') + 1)));
    List<Object> distinctKeys = new ArrayList<>(new LinkedHashSet<>(keys));
    for (List<Object> part : parts(distinctKeys)) {
      try (PreparedStatement ps = c.prepareStatement("SELECT kind, name_key, actor_id FROM actor_names WHERE name_key IN ("
          + Queries.marks(part) + ") ORDER BY actor_id")) {
        Queries.bind(ps, part);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<Long> ids = found.get(rs.getString(1) + "|" + rs.getString(2));
            if (ids != null) {
              ids.add(rs.getLong(3));
            }
          }
        }
      }
    }
    Set<Object> unknown = new LinkedHashSet<>();
    for (List<Long> ids : found.values()) {
      for (long id : ids) {
        if (!attributes.containsKey(id)) {
          unknown.add(id);
        }
      }
    }
    for (List<Object> part : parts(new ArrayList<>(unknown))) {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, country, cameo FROM actors WHERE id IN ("
          + Queries.marks(part) + ")")) {
        Queries.bind(ps, part);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            attributes.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
          }
        }
      }
    }
    names.putAll(found);
  }

  /**
   * IN lists of 8, 16, 32, 64 or 128 values (the last repeated to fill one): a handful of statement texts for
   * the writer to keep prepared instead of one per list length.
   */
  private static List<List<Object>> parts(List<Object> all) {
    List<List<Object>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 128) {
      List<Object> part = new ArrayList<>(all.subList(i, Math.min(all.size(), i + 128)));
      int size = 8;
      while (size < part.size()) {
        size *= 2;
      }
      while (part.size() < size) {
        part.add(part.get(part.size() - 1));
      }
      out.add(part);
    }
    return out;
  }

  long resolve(Connection c, Actor x) throws SQLException {
    String kind = x.kind().name();
    List<String> keys = lookupKeys(x);
    Long found = null;
    for (String k : keys) {
      found = find(c, kind, k, x);
      if (found != null) {
        break;
      }
    }
    if (found == null) {
      found = create(c, x);
    } else {
      String[] known = attributes(c, found);
      if (((known[0] == null && x.country() != null) || (known[1] == null && x.cameo() != null)) && found >= NEW) {
        known[0] = known[0] != null ? known[0] : x.country(); // one this article creates: its row is not written yet
        known[1] = known[1] != null ? known[1] : NameKeys.clip(x.cameo(), 40);
      } else if ((known[0] == null && x.country() != null) || (known[1] == null && x.cameo() != null)) {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE actors SET country = COALESCE(country, ?), cameo = COALESCE(cameo, ?) WHERE id = ? AND (country IS NULL OR cameo IS NULL)")) {
          ps.setString(1, x.country());
          ps.setString(2, x.cameo());
          ps.setLong(3, found);
          ps.executeUpdate();
        }
        attributes.put(found, new String[] {known[0] != null ? known[0] : x.country(),
            known[1] != null ? known[1] : NameKeys.clip(x.cameo(), 40)});
      }
    }
    addNames(c, found, kind, keys);
    return found;
  }

  /** What {@link #lookup} looks up a name by: "kind|name key". */
  static String lookupKey(String kind, String name) {
    return kind + "|" + NameKeys.key(name);
  }

  /** The first actor of a kind that a name finds, or null. */
  Long lookup(Connection c, String kind, String name) throws SQLException {
    List<Long> ids = ids(c, kind, NameKeys.key(name));
    return ids.isEmpty() ? null : ids.get(0);
  }

  private List<Long> ids(Connection c, String kind, String key) throws SQLException {
    String k = kind + "|" + key;
    List<Long> ids = names.get(k);
    if (ids == null) {
      ids = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT actor_id FROM actor_names WHERE kind = ? AND name_key = ? ORDER BY actor_id")) {
        ps.setString(1, kind);
        ps.setString(2, key);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
          }
        }
      }
      names.put(k, ids);
    }
    return ids;
  }

  private String[] attributes(Connection c, long id) throws SQLException {
    String[] known = attributes.get(id);
    if (known == null) {
      try (PreparedStatement ps = c.prepareStatement("SELECT country, cameo FROM actors WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException("actor " + id + " is named in actor_names but not in actors");
          }
          known = new String[] {rs.getString(1), rs.getString(2)};
        }
      }
      attributes.put(id, known);
    }
    return known;
  }

  /** The keys an actor is found by and filed under, most telling first. */
  static List<String> lookupKeys(Actor x) {
    Set<String> keys = new LinkedHashSet<>();
    if (x.kind() == ActorKind.COUNTRY && countryCode(x) != null) {
      keys.add("iso:" + countryCode(x));
    }
    keys.add(NameKeys.key(x.name()));
    for (String alias : x.aliases()) {
      if (names(x, alias)) {
        keys.add(NameKeys.key(alias));
      }
    }
    keys.remove("");
    return new ArrayList<>(keys);
  }

  private static String countryCode(Actor x) {
    if (x.country() != null) {
      return x.country();
    }
    return x.cameo() != null && x.cameo().length() >= 3 ? x.cameo().substring(0, 3) : null;
  }

  /** Whether an alias is a name of the actor rather than a description of it. */
  static boolean names(Actor x, String alias) {
    String a = alias.strip();
    if (a.isEmpty() || !Character.isUpperCase(a.codePointAt(0))) {
      return false;
    }
    if (x.kind() == ActorKind.ORGANIZATION && a.matches("[A-Z][A-Z0-9&]{1,7}")) {
      return true; // an acronym: NATO, OSCE
    }
    Set<String> nameWords = words(x.name());
    for (String w : words(a)) {
      if (w.length() >= 3 && nameWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : NameKeys.key(s).split(" ")) {
      if (!w.isEmpty()) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private Long find(Connection c, String kind, String key, Actor x) throws SQLException {
    for (long id : ids(c, kind, key)) {
      String[] known = attributes(c, id);
      if (compatible(known[0], known[1], x)) {
        return id;
      }
    }
    return null;
  }

  static boolean compatible(String country, String cameo, Actor x) {
    if (country != null && x.country() != null && !country.equals(x.country())) {
      return false;
    }
    return cameo == null || x.cameo() == null || cameo.length() < 3 || x.cameo().length() < 3
        || cameo.substring(0, 3).equals(x.cameo().substring(0, 3));
  }

  /**
   * Ids from here up stand for actors {@link #resolve} created and {@link #flush} has not written yet, in the order
   * they were created: above every stored id, so that they sort after them as the ids the database gives them will.
   */
  static final long NEW = 1L << 62;

  /** An actor to insert, under its stand-in id NEW + its index; {@link #attributes} holds its country and code. */
  private record PendingActor(String name, String kind) {}

  private final List<PendingActor> pendingActors = new ArrayList<>();

  private long create(Connection c, Actor x) {
    long id = NEW + pendingActors.size();
    pendingActors.add(new PendingActor(NameKeys.clip(x.name(), 500), x.kind().name()));
    attributes.put(id, new String[] {x.country(), NameKeys.clip(x.cameo(), 40)});
    return id;
  }

  /**
   * Writes what {@link #resolve} decided since the last call: the actors it created, as one batch (their ids come
   * back in the batch's order), then the name rows, as one batch: two round trips per article instead of two per
   * new actor. Returns how the stand-in ids map to the stored ones; ids below {@link #NEW} are stored already.
   */
  java.util.function.LongUnaryOperator flush(Connection c) throws SQLException {
    Map<Long, Long> stored = new HashMap<>();
    if (!pendingActors.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO actors (name, kind, country, cameo) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        for (int i = 0; i < pendingActors.size(); i++) {
          String[] known = attributes.get(NEW + i);
          ps.setString(1, pendingActors.get(i).name());
          ps.setString(2, pendingActors.get(i).kind());
          ps.setString(3, known[0]);
          ps.setString(4, known[1]);
          ps.addBatch();
        }
        ps.executeBatch();
        try (ResultSet rs = ps.getGeneratedKeys()) {
          for (int i = 0; i < pendingActors.size(); i++) {
            if (!rs.next()) {
              throw new SQLException("the database returned " + i + " generated keys for " + pendingActors.size() + " actors");
            }
            stored.put(NEW + i, rs.getLong(1));
          }
        }
      }
      for (Map.Entry<Long, Long> e : stored.entrySet()) {
        attributes.put(e.getValue(), attributes.remove(e.getKey()));
      }
      for (List<Long> ids : names.values()) {
        if (!ids.isEmpty() && ids.get(ids.size() - 1) >= NEW) {
          ids.replaceAll(id -> stored.getOrDefault(id, id));
          ids.sort(null);
        }
      }
      for (int i = 0; i < pendingNames.size(); i++) {
        PendingName n = pendingNames.get(i);
        pendingNames.set(i, new PendingName(n.kind(), n.key(), stored.getOrDefault(n.actor(), n.actor())));
      }
      pendingActors.clear();
    }
    flushNames(c);
    return id -> stored.getOrDefault(id, id);
  }

  private void addNames(Connection c, long actor, String kind, List<String> keys) throws SQLException {
    List<String> missing = new ArrayList<>();
    for (String k : keys) {
      List<Long> ids = ids(c, kind, Objects.requireNonNull(k));
      int at = java.util.Collections.binarySearch(ids, actor);
      if (at < 0) {
        ids.add(-at - 1, actor);
        missing.add(k);
      }
    }
    for (String k : missing) {
      pendingNames.add(new PendingName(kind, k, actor));
    }
  }

  /** A name row an actor is filed under, written by {@link #flushNames}. */
  private record PendingName(String kind, String key, long actor) {}

  /** Name rows the resolved actors need, not written yet: the cache above has them already. */
  private final List<PendingName> pendingNames = new ArrayList<>();

  /**
   * Writes the name rows that {@link #resolve} filed since the last call, as one batch: one round trip per
   * article instead of one per actor. {@link #flush} calls it after resolving an article's actors, before
   * anything reads actor_names in the writer's transaction.
   */
  private void flushNames(Connection c) throws SQLException {
    if (pendingNames.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        dialect.insertIgnore("actor_names", List.of("kind", "name_key", "actor_id"), List.of("kind", "name_key", "actor_id")))) {
      for (PendingName n : pendingNames) {
        ps.setString(1, n.kind());
        ps.setString(2, n.key());
        ps.setLong(3, n.actor());
        ps.addBatch();
      }
      ps.executeBatch();
    } finally {
      pendingNames.clear();
    }
  }
}
