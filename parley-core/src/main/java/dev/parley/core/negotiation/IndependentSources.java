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
 * times, and "Sputnik, citing CNN" next to CNN's own story twice. Here a report's origin is the deepest outlet
 * named in its chain (Sputnik -> CNN -> an insider comes from CNN); a report without a cited outlet comes from
 * its publisher, and a syndicated copy ({@code duplicate_of}) from the publisher of the article it copies.
 * Outlet names are compared without case, a leading "the" or "www.".
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
      if (link.kind() == ChainLink.Kind.OUTLET) {
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

  private static final Map<String, String> OUTLETS = outlets();

  /** One key per outlet, whether named ("The Guardian") or given by its site (theguardian.com). */
  static String key(String outlet) {
    String k = outlet.strip().toLowerCase(Locale.ROOT);
    if (k.startsWith("www.")) {
      k = k.substring(4);
    }
    String known = OUTLETS.get(k);
    if (known == null && k.startsWith("the ")) {
      known = OUTLETS.get(k.substring(4));
    }
    if (known != null) {
      return known;
    }
    if (k.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
      return k.substring(0, k.indexOf('.'));
    }
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private static Map<String, String> outlets() {
    Map<String, String> keys = new HashMap<>();
    for (String[] f : CueTable.rows("outlet-domains.tsv", 3)) {
      String name = f[1].strip().toLowerCase(Locale.ROOT);
      keys.put(f[0].strip().toLowerCase(Locale.ROOT), name);
      keys.put(name, name);
      for (String alias : f[2].split("\\|")) {
        if (!alias.isBlank()) {
          keys.put(alias.strip().toLowerCase(Locale.ROOT), name);
        }
      }
    }
    return keys;
  }
}
