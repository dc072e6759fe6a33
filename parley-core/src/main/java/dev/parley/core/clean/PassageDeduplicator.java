package dev.parley.core.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops passages that repeat earlier text, as scrapers produce when they capture a body twice with
 * different line breaks. Lines are compared on their letters and digits only (case folded), so a
 * repeat whose lines break elsewhere, or whose quotes and dashes differ, is still found: a run of
 * consecutive lines whose joined letters occur in the text already kept is a repeat when it is at
 * least {@link #MIN_RUN} letters long and holds at least {@link #MIN_SHARE} of the text's letters. A
 * scraper repeats the body, or a large part of it, in one block; passages that a page really repeats
 * (a meal plan's days, a schedule, a chorus) are each a small part of it and are left alone.
 */
final class PassageDeduplicator {
  /** Shorter repeats (a dateline, "Reuters", a one-word line) are left alone. */
  static final int MIN_RUN = 40;
  /** The smallest share of the text's letters that a repeated block must hold to be dropped. */
  static final double MIN_SHARE = 0.2;
  /** Texts longer than this are not searched for repeats (cost grows with the square of the length). */
  static final int MAX_TEXT = 400_000;

  /** The lines to keep, and how many repeated runs were dropped. */
  record Result(List<Line> kept, int droppedRuns) {}

  Result dedupe(String text, List<Line> lines) {
    if (text.length() > MAX_TEXT) {
      return new Result(lines, 0);
    }
    StringBuilder seen = new StringBuilder(text.length());
    String[] norm = new String[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      norm[i] = normalize(text, lines.get(i));
    }
    int letters = 0;
    for (String n : norm) {
      letters += n.length();
    }
    int minRun = Math.max(MIN_RUN, (int) Math.ceil(MIN_SHARE * letters));
    List<Line> kept = new ArrayList<>(lines.size());
    int dropped = 0;
    int i = 0;
    while (i < lines.size()) {
      int runEnd = repeatedRunEnd(norm, i, seen, minRun);
      if (runEnd > i) {
        dropped++;
        i = runEnd;
        continue;
      }
      kept.add(lines.get(i));
      seen.append(norm[i]);
      i++;
    }
    return new Result(kept, dropped);
  }

  /** The end (exclusive) of the longest run of lines from {@code i} repeating earlier text, or {@code i}. */
  private static int repeatedRunEnd(String[] norm, int i, StringBuilder seen, int minRun) {
    if (norm[i].isEmpty() || seen.length() < minRun) {
      return i;
    }
    StringBuilder run = new StringBuilder();
    int best = i;
    int bestLen = 0;
    for (int j = i; j < norm.length; j++) {
      if (norm[j].isEmpty()) {
        continue;
      }
      run.append(norm[j]);
      if (seen.indexOf(run.toString()) < 0) {
        break;
      }
      best = j + 1;
      bestLen = run.length();
    }
    if (bestLen < minRun) {
      return i;
    }
    return best;
  }

  static String normalize(String text, Line line) {
    StringBuilder sb = new StringBuilder(line.end() - line.start());
    for (int k = line.start(); k < line.end(); k++) {
      char c = text.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
