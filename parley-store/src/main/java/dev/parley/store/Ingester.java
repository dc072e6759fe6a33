package dev.parley.store;

import dev.parley.core.article.Article;
import dev.parley.core.dedup.DedupSettings;
import dev.parley.core.dedup.NearDuplicateIndex;
import dev.parley.core.dedup.Signature;
import dev.parley.store.search.SearchIndex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The store's write path: an article is prepared and signed in the caller's thread, then written on the write
 * connection against the near-duplicate index of everything stored, and committed every {@code commitEvery}
 * articles, after which the search index learns of them. A failure rolls back the transaction and forgets what
 * was remembered of it. {@link Store} holds its lock around {@link #write}, {@link #commitEvery} and
 * {@link #commitPending}.
 */
final class Ingester {
  private final Dialect dialect;
  private final Connection writeConnection;
  private final Sql writeSql; // the write connection's kept statements
  private final ArticleWriter writer;
  private final IndexSync index;
  private final BiConsumer<String, Store.Stream> stream; // a read on a connection of its own (Store#stream)
  private final DedupSettings dedupSettings = DedupSettings.defaults();
  private final NearDuplicateIndex signer = new NearDuplicateIndex(dedupSettings);
  private NearDuplicateIndex duplicates; // restored from the signatures table on first ingest

  /** An article written but not yet committed: what the search index learns after the commit. */
  private record PendingDoc(Signature signature, SearchIndex.Doc doc) {}

  private final List<PendingDoc> pending = new ArrayList<>();
  private int commitEvery = 1;

  Ingester(Dialect dialect, Connection writeConnection, Sql writeSql, IndexSync index, BiConsumer<String, Store.Stream> stream) {
    this.dialect = dialect;
    this.writeConnection = writeConnection;
    this.writeSql = writeSql;
    this.writer = new ArticleWriter(dialect, StoreSettings.defaults());
    this.index = index;
    this.stream = stream;
  }

  /** Hashes, compresses and signs an article: the CPU work, outside any lock. */
  Prepared prepare(Article article, RawSource raw) {
    Signature signature = signer.sign(article.id(), article.text());
    return Prepared.of(article, raw, signature);
  }

  /** Stores a prepared article in the current transaction, committing when the batch is full (see {@link Store#ingest}). */
  IngestResult write(Prepared p) {
    Article article = p.article();
    Signature signature = p.signature();
    NearDuplicateIndex dups = duplicates();
    String original = dups.findOriginal(signature).filter(o -> !o.equals(article.id())).orElse(null);
    ArticleWriter.Written w;
    try {
      w = writer.write(writeSql.connection(), p, original);
      if (w.result().status() != IngestResult.Status.UNCHANGED) {
        dups.add(signature); // copies later in the same transaction find it; a rollback forgets it below
        pending.add(new PendingDoc(signature, new SearchIndex.Doc(w.result().articleId(), w.revision(), article.title(),
            article.text(), article.outlet(), article.published() == null ? null : article.published().toString(),
            w.actorNames())));
        if (pending.size() >= commitEvery) {
          commit();
        }
      }
    } catch (SQLException | RuntimeException e) {
      try {
        writeConnection.rollback();
      } catch (SQLException again) {
        e.addSuppressed(again);
      }
      int lost = pending.size();
      pending.clear();
      writer.forget(); // what it remembers of the rolled-back writes is gone with them
      duplicates = null; // restored from the database on the next ingest: what was rolled back is gone
      throw new StoreException("cannot store " + article.input()
          + (lost > 1 ? " (nor the " + (lost - 1) + " article(s) before it in the same transaction)" : ""), e);
    }
    return w.result();
  }

  /** Commits every {@code articles} articles instead of each one: see {@link Store#commitEvery}. */
  void commitEvery(int articles) {
    if (articles < 1) {
      throw new IllegalArgumentException("commit every at least 1 article, got " + articles);
    }
    commitEvery = articles;
  }

  /** Commits the articles written since the last commit, if any. */
  void commitPending() throws SQLException {
    if (!pending.isEmpty()) {
      commit();
    }
  }

  private void commit() throws SQLException {
    writeConnection.commit();
    if (dialect != Dialect.H2) {
      writer.forget(); // other processes may write a server database between our transactions
    }
    for (PendingDoc d : pending) {
      index.add(d.doc());
    }
    pending.clear();
  }

  /**
   * The near-duplicate index of everything stored, restored from the signatures table with the originals the
   * store decided when it wrote them (each copy's copy group): no signature is matched again, and no article
   * row is read (two scans: the signatures table, and the copies from the index on copy_group), so opening a
   * large store for ingest costs a read of the signatures instead of minutes. Signatures stored under other
   * dedup settings are made again from the article's body.
   */
  private NearDuplicateIndex duplicates() {
    if (duplicates != null) {
      return duplicates;
    }
    NearDuplicateIndex restored = new NearDuplicateIndex(dedupSettings);
    stream.accept("the stored signatures", c -> {
      Map<Long, Long> copyGroups = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, copy_group FROM articles WHERE copy_group <> id")) {
        ps.setFetchSize(1000);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            copyGroups.put(rs.getLong(1), rs.getLong(2));
          }
        }
      }
      List<Long> articleIds = new ArrayList<>();
      List<Signature> signatures = new ArrayList<>();
      Map<Long, String> contentIds = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT article_id, content_id, words, shingles, minhash FROM signatures ORDER BY article_id")) {
        ps.setFetchSize(1000);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long article = rs.getLong(1);
            String id = rs.getString(2);
            long[] minhash = Signatures.fromBytes(rs.getBytes(5));
            articleIds.add(article);
            contentIds.put(article, id);
            signatures.add(minhash.length == dedupSettings.permutations()
                ? new Signature(id, rs.getInt(3), rs.getInt(4), minhash)
                : restored.sign(id, body(c, article))); // stored under other settings: sign again
          }
        }
      }
      for (int i = 0; i < signatures.size(); i++) {
        Long group = copyGroups.get(articleIds.get(i));
        restored.addKnown(signatures.get(i), group == null ? null : contentIds.get(group));
      }
    });
    duplicates = restored;
    return restored;
  }

  private static String body(Connection c, long article) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT body FROM articles WHERE id = ?")) {
      ps.setLong(1, article);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }
}
