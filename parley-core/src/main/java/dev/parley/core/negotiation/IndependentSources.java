package dev.parley.core.negotiation;

import dev.parley.core.article.Article;
import dev.parley.core.claims.ChainLink;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts independent origins, not articles. GDELT's NumSources counts one wire story copied by forty sites forty
 * times, and "Sputnik, citing CNN" next to CNN's own story twice. Here, as in the store, a report's origin is the
 * named link of its chain nearest to the speaker: Peskov for "Peskov told reporters", whoever prints it; CNN for
 * Sputnik -> CNN -> an insider. A report on the publisher's own account comes from its publisher, and a
 * syndicated copy ({@code duplicate_of}) from the publisher of the article it copies. Outlet names and sites are
 * unified ({@link dev.parley.core.web.OutletKeys}: CNN = cnn.com) and compared without case.
 */
public final class IndependentSources {
  private final Map<String, Article> byId = new HashMap<>();

  public IndependentSources(Collection<Article> corpus) {
    for (Article a : corpus) {
      byId.put(a.id(), a);
    }
  }

  /** The origin of a report in the given article relayed by the given chain (publisher first). */
  public String origin(Article a, List<ChainLink> chain) {
    for (int i = chain.size() - 1; i >= 1; i--) {
      ChainLink link = chain.get(i);
      if (link.kind() != ChainLink.Kind.ANONYMOUS) {
        return key(link.name());
      }
    }
    Article root = a;
    Set<String> seen = new HashSet<>();
    while (root.duplicateOf() != null && byId.containsKey(root.duplicateOf()) && seen.add(root.id())) {
      root = byId.get(root.duplicateOf());
    }
    if (root.outlet() != null) {
      return key(root.outlet());
    }
    return "article:" + root.id();
  }

  /** How many distinct origins the sources have. */
  public static int count(Collection<Source> sources) {
    return (int) sources.stream().map(Source::origin).distinct().count();
  }

  /** One key per outlet, whether named ("The Guardian") or given by its site (theguardian.com). */
  static String key(String outlet) {
    return dev.parley.core.web.OutletKeys.bundled().key(outlet);
  }
}
