package dev.parley.store;

import dev.parley.store.search.SearchIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reads behind the HTTP API: pages with totals, one item by id, every report of a claim, the actor
 * network. They run on a small pool of connections of their own, so concurrent requests read side by side
 * instead of queueing on the store's one read connection. Every value reaches SQL as a bound parameter.
 * Rankings (actors, stories, the network) and the totals of lists filtered by root, QuadClass, modality or
 * anonymity read the counts the writer keeps ({@link Aggregates}); pages of rankings, other totals and the
 * summary are kept until the store's revision moves.
 *
 * <p>The reads themselves are {@link ArticleReads}, {@link EventReads}, {@link ClaimReads}, {@link CorpusReads} and
 * {@link SearchReads}, on a {@link ReadPool}, with answers kept in {@link KeptAnswers}.
 */
public final class ApiReads implements AutoCloseable {
  /** A page of a longer list. */
  public record Page<T>(List<T> items, long total, int limit, int offset) {}

  /** Which articles to list; nulls mean any. */
  public record ArticleFilter(String actor, String outlet, LocalDate from, LocalDate to, Long story, boolean oldestFirst) {}

  public record ArticleItem(long id, String title, String outlet, LocalDate published, String url, Long duplicateOf,
      Long story, int events, int claims) {}

  /**
   * One stored article: its analysis contract as stored (JSON), and the store's ids of the contract's
   * events and claims (by their ids in the contract, e1, c1 ...).
   */
  public record ArticleDetail(ArticleItem article, String analysisJson, Map<String, Long> events, Map<String, Long> claims) {}

  /** An actor by the store's id and canonical name. */
  public record Ref(long id, String name) {}

  /** Which events to list; nulls mean any. {@code code} matches a code and every code under it. */
  public record EventFilter(String actor, String source, String target, String root, String code, Integer quad,
      String modality, LocalDate from, LocalDate to, boolean oldestFirst) {}

  /**
   * One event. {@code dateFirst}/{@code dateLast} are its own dates (null when the text gives none);
   * {@code day} is where a timeline puts it: its first day, else the article's date.
   */
  public record EventItem(long id, long articleId, String localId, String title, String outlet, LocalDate published,
      String url, LocalDate dateFirst, LocalDate dateLast, LocalDate day, String code, String root, int quad,
      double goldstein, Ref source, Ref target, String modality, String location, int evidenceStart, int evidenceEnd,
      String evidence, Long claim, String saidBy, String origin, long incident, int reports, int articles,
      int independent) {}

  public record ClaimFilter(String speaker, Boolean anonymous, LocalDate from, LocalDate to) {}

  public record Link(String name, String kind) {}

  public record ClaimItem(long id, long articleId, String localId, String title, String outlet, LocalDate published,
      String url, String text, int spanStart, int spanEnd, String speaker, Ref speakerActor, boolean anonymous,
      boolean direct, boolean hedged, String cue, List<Link> chain, String origin, long group, int reports,
      int articles, int independent) {}

  /** A claim with every report of it (its group, this one included, oldest first) and the distinct origins. */
  public record ClaimDetail(ClaimItem claim, List<ClaimItem> carriers, List<String> origins) {}

  public record StoryDetail(StoryRow story, List<ArticleItem> articles) {}

  public record NetworkFilter(LocalDate from, LocalDate to, String root, Integer quad, int minSources, int limit) {}

  public record Node(long id, String name, String kind, String country, int events) {}

  /** Events from source to target, the distinct origins reporting them, and events per QuadClass (1..4). */
  public record Edge(long source, long target, int events, int independent, int[] quads) {}

  public record Network(List<Node> nodes, List<Edge> edges) {}

  /** A passage of an article's text and where the matched words are in it. */
  public record Snippet(String text, List<int[]> hits) {}

  public record SearchItem(ArticleItem article, float score, List<Snippet> snippets) {}

  private final ReadPool pool;
  private final KeptAnswers kept;
  private final DenseActors dense;
  private final ArticleReads articles;
  private final EventReads events;
  private final ClaimReads claims;
  private final CorpusReads corpus;
  private final SearchReads search;

  ApiReads(Database db, SearchIndex index) {
    this.pool = new ReadPool(db);
    this.kept = new KeptAnswers(pool);
    this.dense = new DenseActors(kept);
    this.articles = new ArticleReads(pool, kept, dense);
    this.events = new EventReads(pool, kept, dense);
    this.claims = new ClaimReads(pool, kept);
    this.corpus = new CorpusReads(pool, kept);
    this.search = new SearchReads(pool, index);
  }

  public Page<ArticleItem> articles(ArticleFilter f, int limit, int offset) {
    return articles.articles(f, limit, offset);
  }

  public Optional<ArticleDetail> article(long id) {
    return articles.article(id);
  }

  public Page<EventItem> events(EventFilter f, int limit, int offset) {
    return events.events(f, limit, offset);
  }

  public Optional<EventItem> event(long id) {
    return events.event(id);
  }

  public Page<ClaimItem> claims(ClaimFilter f, int limit, int offset) {
    return claims.claims(f, limit, offset);
  }

  public Optional<ClaimDetail> claim(long id) {
    return claims.claim(id);
  }

  /**
   * Actors by the number of articles naming them (copies not counted), off the kept counts (actor_stats); the
   * page is kept until the store changes.
   */
  public Page<ActorRow> actors(String name, String kind, int limit, int offset) {
    return corpus.actors(name, kind, limit, offset);
  }

  /** One actor with its counts. */
  public Optional<ActorRow> actor(long id) {
    return corpus.actor(id);
  }

  /** Stories, largest first, off the kept sizes (story_stats); the page is kept until the store changes. */
  public Page<StoryRow> stories(int limit, int offset) {
    return corpus.stories(limit, offset);
  }

  /** One story with its articles (a large story counts many rows); kept until the store changes. */
  public Optional<StoryDetail> story(long id) {
    return corpus.story(id);
  }

  /** The store's summary, without the raw-size sums that read every stored source. */
  public StoreSummary summary() {
    return corpus.summary();
  }

  /**
   * The actors with the most events between two actors, and the edges among them: off the kept edges
   * (network_links) unless a date window (or a root and a QuadClass at once) asks for the events themselves.
   */
  public Network network(NetworkFilter f) {
    return corpus.network(f);
  }

  /** The network counted from the matching events. */
  Network networkOfEvents(NetworkFilter f) {
    return corpus.networkOfEvents(f);
  }

  /** Full-text search, best first, a page at a time; matched words come as offsets into each snippet. */
  public Page<SearchItem> search(String query, int limit, int offset) {
    return search.search(query, limit, offset);
  }

  /** Sets the threshold of {@link DenseActors#DENSE} (tests read the same pages both ways). */
  void dense(long rows) {
    dense.threshold(rows);
  }

  /** A corpus-wide result the caller computes (negotiations), kept until the store's revision moves. */
  public <T> T computed(String key, java.util.function.Supplier<T> compute) {
    return kept.aggregate("computed:" + key, compute);
  }

  /**
   * The store's revision: every stored or changed article takes the next one, so an answer read from the store
   * holds until it moves (the HTTP layer's ETag).
   */
  public long revision() {
    return kept.revision();
  }

  <T> T read(String what, ReadPool.Read<T> q) {
    return pool.read(what, q);
  }

  @Override
  public void close() {
    pool.close();
  }
}
