package dev.parley.store.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A Lucene index of articles in a folder. One process writes it (others open it read-only and see its
 * last commit). Thread-safe: Lucene's writer and searchers are.
 */
public final class SearchIndex implements Closeable {
  /** The commit-data key that records the highest store revision in a commit. */
  static final String REVISION = "parley.revision";
  private static final String ID = "id";
  private static final String[] FIELDS = {"title", "text", "actors"};
  private static final FieldType TEXT = textType();

  /** An article as the index sees it. */
  public record Doc(long articleId, long revision, String title, String text, String outlet, String published,
      List<String> actors) {}

  /** A match: the article, its score, and its best passages with the matched words in [brackets]. */
  public record Hit(long articleId, float score, String title, String outlet, String published, List<String> passages) {}

  private final Directory dir;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer; // null when another process holds the index
  private SearcherManager searchers; // made by searchers()
  private volatile long revision;

  private SearchIndex(Directory dir, IndexWriter writer, long revision) {
    this.dir = dir;
    this.writer = writer;
    this.revision = revision;
  }

  /** Opens (or creates) the index in {@code folder}; read-only if another process is writing it. */
  public static SearchIndex open(Path folder) {
    try {
      Directory d = FSDirectory.open(folder);
      IndexWriter w;
      try {
        w = new IndexWriter(d, new IndexWriterConfig(new EnglishAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      } catch (LockObtainFailedException e) {
        w = null;
      }
      long rev = 0;
      if (w != null) {
        for (Map.Entry<String, String> e : w.getLiveCommitData() == null ? List.<Map.Entry<String, String>>of() : toList(w.getLiveCommitData())) {
          if (e.getKey().equals(REVISION)) {
            rev = Long.parseLong(e.getValue());
          }
        }
      } else if (DirectoryReader.indexExists(d)) {
        try (DirectoryReader r = DirectoryReader.open(d)) {
          String v = r.getIndexCommit().getUserData().get(REVISION);
          rev = v == null ? 0 : Long.parseLong(v);
        }
      }
      return new SearchIndex(d, w, rev);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + folder, e);
    }
  }

  private static List<Map.Entry<String, String>> toList(Iterable<Map.Entry<String, String>> it) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    it.forEach(out::add);
    return out;
  }

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  public boolean writable() {
    return writer != null;
  }

  /** The highest store revision of the last commit (or of what was added since, once committed). */
  public long revision() {
    return revision;
  }

  /** Adds or replaces an article. */
  public void put(Doc d) {
    requireWritable();
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(d.articleId()), Field.Store.YES));
    doc.add(new LongPoint("revision", d.revision()));
    doc.add(new Field("title", d.title() == null ? "" : d.title(), TEXT));
    doc.add(new Field("text", d.text(), TEXT));
    doc.add(new Field("actors", String.join("\n", d.actors()), TEXT));
    doc.add(new StoredField("outlet", d.outlet() == null ? "" : d.outlet()));
    doc.add(new StoredField("published", d.published() == null ? "" : d.published()));
    try {
      writer.updateDocument(new Term(ID, Long.toString(d.articleId())), doc);
      revision = Math.max(revision, d.revision());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add article " + d.articleId() + " to the search index", e);
    }
  }

  /** Empties the index (before a rebuild). */
  public void clear() {
    requireWritable();
    try {
      writer.deleteAll();
      revision = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the search index", e);
    }
  }

  /** Makes everything added durable, recording the highest revision it holds. */
  public void commit() {
    if (writer == null) {
      return;
    }
    try {
      writer.setLiveCommitData(Map.of(REVISION, Long.toString(revision)).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index", e);
    }
  }

  /** The number of articles in the index (what is added counts before its commit). */
  public int size() {
    try (DirectoryReader r = reader()) {
      return r == null ? 0 : r.numDocs();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Searches title, text and actor names (Lucene query syntax; a query that does not parse is searched
   * as plain words). Passages come from the text, or the title when the text has none.
   */
  public List<Hit> search(String query, int limit) {
    return search(query, limit, 0, "[", "]").hits();
  }

  /** A page of matches and how many there are in all (a lower bound past Lucene's counting threshold). */
  public record Results(long total, List<Hit> hits) {}

  /**
   * Like {@link #search(String, int)}, for one page: the matches from {@code offset} on, with the matched
   * words of each passage between {@code open} and {@code close}.
   */
  public Results search(String query, int limit, int offset, String open, String close) {
    try {
      SearcherManager m = searchers();
      if (m == null) {
        return new Results(0, List.of());
      }
      m.maybeRefresh(); // cheap when nothing changed: searches share one reader until the index changes
      IndexSearcher searcher = m.acquire();
      try {
        return search(searcher, query, limit, offset, open, close);
      } finally {
        m.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  private Results search(IndexSearcher searcher, String query, int limit, int offset, String open, String close)
      throws IOException {
    Query q = parse(query);
    TopDocs all = searcher.search(q, Math.max(1, offset + limit));
    ScoreDoc[] docs = java.util.Arrays.copyOfRange(all.scoreDocs, Math.min(offset, all.scoreDocs.length), all.scoreDocs.length);
    TopDocs top = new TopDocs(all.totalHits, docs);
    UnifiedHighlighter uh = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter(open, close, " ... ", false)).build();
    String[] text = uh.highlight("text", q, top, 2);
    String[] title = titles(uh, q, top, text);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = searcher.storedFields().document(sd.doc);
      List<String> passages = new ArrayList<>();
      if (text[i] != null) {
        passages.add(SPACES.matcher(text[i]).replaceAll(" ").strip());
      } else if (title[i] != null) {
        passages.add(title[i]);
      }
      hits.add(new Hit(Long.parseLong(d.get(ID)), sd.score, d.get("title"), blankToNull(d.get("outlet")),
          blankToNull(d.get("published")), passages));
    }
    return new Results(all.totalHits.value, hits);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * The title's passage of the hits whose text gave none, in the order of {@code top}; null for the others. The
   * highlighter gives a text without matches its first sentences, so only an empty text falls back to the title:
   * highlighting every title (a second pass over the page, each hit's query weight built again) was a quarter of a
   * search's time on the 100,000-article store.
   */
  private static String[] titles(UnifiedHighlighter uh, Query q, TopDocs top, String[] text) throws IOException {
    String[] title = new String[text.length];
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      if (text[i] == null) {
        missing.add(i);
      }
    }
    if (missing.isEmpty()) {
      return title;
    }
    ScoreDoc[] docs = new ScoreDoc[missing.size()];
    for (int j = 0; j < docs.length; j++) {
      docs[j] = top.scoreDocs[missing.get(j)];
    }
    String[] found = uh.highlight("title", q, new TopDocs(top.totalHits, docs), 1);
    for (int j = 0; j < docs.length; j++) {
      title[missing.get(j)] = found[j];
    }
    return title;
  }

  /** The searchers of the index, made on first use; null while there is no index yet (read-only, empty). */
  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null) {
      if (writer != null) {
        searchers = new SearcherManager(writer, null);
      } else if (DirectoryReader.indexExists(dir)) {
        searchers = new SearcherManager(dir, null);
      }
    }
    return searchers;
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  Query parse(String query) {
    MultiFieldQueryParser p = new MultiFieldQueryParser(FIELDS, analyzer, Map.of("title", 2f, "text", 1f, "actors", 1.5f));
    try {
      return p.parse(query);
    } catch (ParseException e) {
      try {
        return p.parse(QueryParser.escape(query));
      } catch (ParseException again) {
        throw new IllegalArgumentException("cannot search for: " + query, again);
      }
    }
  }

  private DirectoryReader reader() throws IOException {
    if (writer != null) {
      return DirectoryReader.open(writer);
    }
    return DirectoryReader.indexExists(dir) ? DirectoryReader.open(dir) : null;
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("the search index is open read-only: another process is writing it");
    }
  }

  @Override
  public void close() {
    try {
      synchronized (this) {
        if (searchers != null) {
          searchers.close();
        }
      }
      if (writer != null) {
        commit();
        writer.close();
      }
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index", e);
    }
  }
}
