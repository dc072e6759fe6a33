package dev.parley.app;

import dev.parley.core.actors.Actor;
import dev.parley.core.article.Article;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo's view of the actors across a corpus: who is named in how many articles. */
final class ActorTally {
  private ActorTally() {}

  /** Actors merged across articles by kind, name and country: the store will do this properly. */
  static void print(PrintWriter out, List<Article> articles) {
    Map<String, Actor> first = new LinkedHashMap<>();
    Map<String, Integer> inArticles = new HashMap<>();
    for (Article a : articles) {
      if (a.duplicateOf() != null) {
        continue; // a copy is no further evidence
      }
      for (Actor x : a.actors()) {
        String key = x.kind() + "|" + x.name() + "|" + x.country();
        first.putIfAbsent(key, x);
        inArticles.merge(key, 1, Integer::sum);
      }
    }
    if (first.isEmpty()) {
      return;
    }
    out.println();
    out.println("Most named actors (articles naming them, copies not counted):");
    first.entrySet().stream()
        .sorted((x, y) -> Integer.compare(inArticles.get(y.getKey()), inArticles.get(x.getKey())))
        .limit(15)
        .forEach(e -> out.printf("  %3d  %s%n", inArticles.get(e.getKey()), Texts.actors(List.of(e.getValue()))));
  }
}
