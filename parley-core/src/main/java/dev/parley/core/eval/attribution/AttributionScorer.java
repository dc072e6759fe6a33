package dev.parley.core.eval.attribution;

import dev.parley.core.actors.Span;
import dev.parley.core.claims.Claim;
import dev.parley.core.eval.Prf;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores claims against gold attributions, role by role (source, cue, content), on tokens of the annotated
 * document. Each span becomes the set of tokens it touches; punctuation-only tokens (commas, quote marks,
 * full stops) are left out, unless the span has nothing else (a cue that is a colon).
 *
 * <ul>
 *   <li><b>cue</b>: a claim is right when some gold cue has exactly its token set (exact), or shares a token
 *       with it (overlap); a gold cue is found when some claim's cue is right for it. Every claim and every
 *       gold attribution counts.
 *   <li><b>source</b> and <b>content</b>: a claim and a gold attribution are paired when their cues share a
 *       token; the claim's source (content) is right when a paired gold source (content) has exactly its token
 *       set (exact) or shares a token with it (overlap). Only claims and gold attributions that have a source
 *       count for the source scores (PolNeAR leaves some without); all count for content.
 * </ul>
 * A claim's source is where its speaker is named ({@code speaker.span}); its content is its span less its
 * cue and source tokens (a quote split by "he said" is one claim over both parts). Precision is over claims,
 * recall over gold attributions, summed over documents (micro-averaged), like Citron's exact metric.
 */
public final class AttributionScorer {
  /** One attribution as token sets. */
  record Roles(BitSet source, BitSet cue, BitSet content) {}

  private static final String[] MEASURES = {"source.exact", "source.overlap", "cue.exact", "cue.overlap",
      "content.exact", "content.overlap"};
  private final Map<String, Prf> totals = new LinkedHashMap<>();
  private int documents;

  public AttributionScorer() {
    for (String m : MEASURES) {
      totals.put(m, new Prf(0, 0, 0, 0));
    }
  }

  /** Adds one document: its annotation, the gold attributions in its offsets, and the claims found in them. */
  public void add(NlpDocument doc, List<GoldAttribution> gold, List<Claim> claims) {
    documents++;
    List<Roles> g = new ArrayList<>();
    for (GoldAttribution a : gold) {
      g.add(new Roles(tokens(doc, a.source()), tokens(doc, a.cue()), tokens(doc, a.content())));
    }
    List<Roles> p = new ArrayList<>();
    for (Claim c : claims) {
      BitSet source = c.speaker().span() == null ? new BitSet() : tokens(doc, List.of(pair(c.speaker().span())));
      BitSet cue = c.cueSpan() == null ? new BitSet() : tokens(doc, List.of(pair(c.cueSpan())));
      BitSet content = tokens(doc, List.of(pair(c.span())));
      content.andNot(source);
      content.andNot(cue);
      p.add(new Roles(source, cue, content));
    }
    add("cue", p, g, false);
    add("source", p, g, true);
    add("content", p, g, true);
  }

  public int documents() {
    return documents;
  }

  /** The six measures: source, cue and content, each exact and overlap. */
  public Map<String, Prf> measures() {
    return new LinkedHashMap<>(totals);
  }

  private void add(String role, List<Roles> predicted, List<Roles> gold, boolean paired) {
    for (boolean exact : new boolean[] {true, false}) {
      int tpP = 0;
      int nP = 0;
      for (Roles p : predicted) {
        BitSet ps = role(p, role);
        if (ps.isEmpty()) {
          continue;
        }
        nP++;
        for (Roles g : gold) {
          if (matches(p, g, role, paired, exact)) {
            tpP++;
            break;
          }
        }
      }
      int tpG = 0;
      int nG = 0;
      for (Roles g : gold) {
        if (role(g, role).isEmpty()) {
          continue;
        }
        nG++;
        for (Roles p : predicted) {
          if (!role(p, role).isEmpty() && matches(p, g, role, paired, exact)) {
            tpG++;
            break;
          }
        }
      }
      String key = role + (exact ? ".exact" : ".overlap");
      totals.put(key, totals.get(key).plus(new Prf(tpP, nP, tpG, nG)));
    }
  }

  private static boolean matches(Roles p, Roles g, String role, boolean paired, boolean exact) {
    if (paired && !p.cue().intersects(g.cue())) {
      return false;
    }
    BitSet a = role(p, role);
    BitSet b = role(g, role);
    return exact ? a.equals(b) : a.intersects(b);
  }

  private static BitSet role(Roles r, String role) {
    return switch (role) {
      case "source" -> r.source();
      case "cue" -> r.cue();
      default -> r.content();
    };
  }

  private static int[] pair(Span s) {
    return new int[] {s.start(), s.end()};
  }

  /** The tokens a set of character ranges touches, without punctuation unless that is all there is. */
  public static BitSet tokens(NlpDocument doc, List<int[]> ranges) {
    BitSet words = new BitSet();
    BitSet all = new BitSet();
    List<Token> tokens = doc.tokens();
    for (int[] r : ranges) {
      int i = firstEndingAfter(tokens, r[0]);
      for (; i < tokens.size() && tokens.get(i).start() < r[1]; i++) {
        Token t = tokens.get(i);
        if (t.end() <= r[0]) {
          continue;
        }
        all.set(i);
        if (doc.text().substring(t.start(), t.end()).codePoints().anyMatch(Character::isLetterOrDigit)) {
          words.set(i);
        }
      }
    }
    return words.isEmpty() ? all : words;
  }

  private static int firstEndingAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
