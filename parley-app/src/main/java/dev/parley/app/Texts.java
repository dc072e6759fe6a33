package dev.parley.app;

import dev.parley.core.article.Article;
import dev.parley.core.article.Repairs;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Small helpers for the readable (non-JSON) output. */
final class Texts {
  private Texts() {}

  static String headline(Article a) {
    return (a.published() == null ? "----------" : a.published().toString()) + "  "
        + (a.outlet() == null ? "(unknown outlet)" : a.outlet()) + "  "
        + (a.title() == null ? "(untitled)" : a.title());
  }

  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  static String repairs(Repairs r) {
    StringJoiner j = new StringJoiner(", ");
    for (Map.Entry<Repairs.Kind, Integer> e : r.asMap().entrySet()) {
      j.add(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + e.getValue());
    }
    return j.toString();
  }

  /** "Marco Rubio (PERSON, USA, USAGOV), NATO (ORGANIZATION, IGOWSTNAT), ..." */
  static String actors(java.util.List<dev.parley.core.actors.Actor> actors) {
    StringJoiner j = new StringJoiner(", ");
    for (dev.parley.core.actors.Actor a : actors) {
      StringJoiner d = new StringJoiner(", ");
      d.add(a.kind().name());
      if (a.country() != null) {
        d.add(a.country());
      }
      if (a.cameo() != null && !a.cameo().equals(a.country())) {
        d.add(a.cameo());
      }
      if (!a.roles().isEmpty()) {
        d.add(a.roles().get(0));
      }
      j.add(a.name() + " (" + d + ")");
    }
    return j.toString();
  }

  /** The text on one line, cut to at most {@code width} characters with an ellipsis. */
  static String clip(String text, int width) {
    String one = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return one.length() <= width ? one : one.substring(0, Math.max(0, width - 1)) + "…";
  }

  static String wrap(String para, int width, String indent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String w : para.split(" ")) {
      if (line.length() > indent.length() && line.length() + 1 + w.length() > width) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(w);
    }
    return out.append(line).toString();
  }
}
