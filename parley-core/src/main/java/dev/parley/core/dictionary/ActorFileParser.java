package dev.parley.core.dictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one TABARI/PETRARCH actor file. A record is a primary phrase (optionally with codes on the same
 * line), {@code +} synonym lines, and indented {@code [code date]} lines; {@code #} starts a comment.
 *
 * <p>Rules beyond the plain format, each taken from PETRARCH's reader or from quirks of the Phoenix
 * files:
 * <ul>
 *   <li>A primary phrase with no code of its own shares the codes of the next record that has some
 *       (PETRARCH does the same: {@code DMITRY_MEDVEDEV_} takes the codes listed under
 *       {@code DMITR_MEDVEDEV_}). A record still without codes at the next coded block is dropped.
 *   <li>A line of blanks and a comment only ({@code " #  kkl 21 Mar 13"}) is a primary line that lost its
 *       phrase: the synonyms and codes that follow belong to an unknown actor and are skipped (PETRARCH
 *       would wrongly give them to the actor before).
 *   <li>Phrases with a replacement character or a control character (mis-encoded names) are not indexed.
 * </ul>
 */
final class ActorFileParser {
  /** One phrase being collected, with its synonyms. */
  private record Pending(String name, int line, List<String> synonyms) {}

  private final String source;
  private final List<ActorEntry> entries = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Pending> block = new ArrayList<>();
  private final List<CodeSpan> codes = new ArrayList<>();
  private boolean headless;
  private int lineNo;
  private String raw = "";

  private ActorFileParser(String source) {
    this.source = source;
  }

  /** The entries of a file and every line skipped. */
  record Result(String source, List<ActorEntry> entries, List<Problem> problems, int lines) {}

  static Result parse(String source, List<String> lines) {
    ActorFileParser p = new ActorFileParser(source);
    for (String line : lines) {
      p.lineNo++;
      p.raw = line;
      if (!p.line(line)) {
        break;
      }
    }
    p.flush();
    return new Result(source, List.copyOf(p.entries), List.copyOf(p.problems), lines.size());
  }

  /** Handles one line; false at {@code ---STOP---}. */
  private boolean line(String line) {
    int hash = line.indexOf('#');
    String content = (hash < 0 ? line : line.substring(0, hash)).strip();
    if (content.isEmpty()) {
      if (hash > 0 && line.charAt(0) == ' ') {
        flush();
        headless = true;
        problem("primary line without a phrase");
      }
      return true;
    }
    if (content.startsWith("---STOP---")) {
      return false;
    }
    if (content.startsWith("[")) {
      codeLine(content);
    } else if (content.startsWith("+")) {
      synonym(content.substring(1).strip());
    } else {
      primary(content);
    }
    return true;
  }

  private void primary(String content) {
    int bracket = content.indexOf('[');
    String phrase = (bracket < 0 ? content : content.substring(0, bracket)).strip();
    if (!hasWords(phrase)) {
      problem("phrase without words");
      return;
    }
    if (headless || !codes.isEmpty()) {
      flush();
    }
    headless = false;
    if (WordKeys.isDamaged(phrase)) {
      problem("damaged characters in phrase (not indexed)");
    }
    block.add(new Pending(display(phrase), lineNo, new ArrayList<>()));
    if (bracket >= 0) {
      codes.addAll(DatedCodes.parse(content.substring(bracket), this::problem));
    }
  }

  private void synonym(String phrase) {
    if (headless) {
      problem("synonym of a primary line without a phrase");
    } else if (block.isEmpty()) {
      problem("synonym before any primary phrase");
    } else if (phrase.indexOf('[') >= 0) {
      problem("code on a synonym line");
    } else if (!hasWords(phrase)) {
      problem("phrase without words");
    } else if (WordKeys.isDamaged(phrase)) {
      problem("damaged characters in phrase (not indexed)");
    } else {
      block.get(block.size() - 1).synonyms().add(display(phrase));
    }
  }

  private void codeLine(String content) {
    if (headless) {
      problem("code of a primary line without a phrase");
    } else if (block.isEmpty()) {
      problem("code before any primary phrase");
    } else {
      codes.addAll(DatedCodes.parse(content, this::problem));
    }
  }

  private void flush() {
    if (!headless) {
      for (Pending p : block) {
        if (codes.isEmpty()) {
          problems.add(new Problem(source, p.line(), "actor without any code", p.name()));
        } else {
          entries.add(new ActorEntry(p.name(), p.synonyms(), codes, source, p.line()));
        }
      }
    }
    block.clear();
    codes.clear();
    headless = false;
  }

  private void problem(String reason) {
    problems.add(new Problem(source, lineNo, reason, raw));
  }

  private void problem(String reason, String detail) {
    problems.add(new Problem(source, lineNo, reason, detail + " in: " + raw.strip()));
  }

  /** {@code VLADIMIR_PUTIN_} -> {@code VLADIMIR PUTIN}: underscores and runs of blanks to one blank. */
  static String display(String phrase) {
    StringBuilder b = new StringBuilder(phrase.length());
    boolean gap = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == '_' || Character.isWhitespace(c)) {
        gap = b.length() > 0;
      } else {
        if (gap) {
          b.append(' ');
          gap = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether a phrase has at least one letter or digit. */
  static boolean hasWords(String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      if (Character.isLetterOrDigit(phrase.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
