package dev.parley.core.events;

import dev.parley.core.dictionary.Problem;
import dev.parley.core.events.VerbPattern.Requirement;
import dev.parley.core.events.VerbPattern.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PETRARCH verb dictionary format: {@code &SYNSET} lines followed by {@code +MEMBER} lines;
 * {@code --- NAME [CODE] ---} block headers; verb lines {@code VERB {FORMS} [CODE]} (phrasal verbs
 * {@code +VERB_PARTICLE}); pattern lines {@code - SUBJECT * OBJECT (PREP NOUN) {MODIFIER HEAD} [CODE:PAIRED]}.
 * Comments are {@code #} to the end of a line and {@code <!-- -->} (also over several lines).
 */
final class VerbFileParser {
  private static final Pattern HEADER = Pattern.compile("---\\s+(\\S+)\\s+\\[([^\\]]*)\\].*");
  private static final Pattern CODE = Pattern.compile("[0-9A-Z]{2,4}");
  private static final int MAX_SYNSET_DEPTH = 4;

  private final String source;
  private final Map<String, List<String>> synsets = new HashMap<>();
  private final VerbDictionary.Builder out = new VerbDictionary.Builder();

  VerbFileParser(String source) {
    this.source = source;
  }

  VerbDictionary parse(List<String> raw) {
    List<String> lines = stripComments(raw);
    readSynsets(lines);
    String block = null;
    String blockCode = null;
    String blockPaired = null;
    boolean inSynset = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty()) {
        continue;
      }
      int n = i + 1;
      if (l.startsWith("---")) {
        Matcher m = HEADER.matcher(l);
        if (!m.matches()) {
          problem(n, "block header without name and [code]", l);
          block = null;
          continue;
        }
        block = m.group(1).toUpperCase(Locale.ROOT);
        String[] codes = m.group(2).strip().split(":", -1);
        blockCode = primary(codes[0], n, l);
        blockPaired = codes.length > 1 ? primary(codes[1], n, l) : null;
        if (blockCode != null) {
          out.blockCodes.put(block, blockCode);
        }
        inSynset = false;
      } else if (l.startsWith("&")) {
        inSynset = true;
      } else if (inSynset && l.startsWith("+")) {
        continue; // a synonym set member, read by readSynsets
      } else if (block == null) {
        problem(n, "line outside any verb block", l);
      } else if (l.startsWith("-")) {
        inSynset = false;
        pattern(block, l.substring(1), n);
      } else {
        inSynset = false;
        verb(block, blockCode, blockPaired, l, n);
      }
    }
    return out.build(source, raw.size());
  }

  private void readSynsets(List<String> lines) {
    String current = null;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.startsWith("&")) {
        current = synsetName(l.split("\\s+")[0]);
        synsets.put(current, new ArrayList<>());
      } else if (current != null && l.startsWith("+")) {
        synsets.get(current).add(l.substring(1).split("\\s+")[0].toUpperCase(Locale.ROOT));
      } else if (!l.isEmpty()) {
        current = null;
      }
    }
    synsets.forEach((name, members) -> {
      if (members.isEmpty()) {
        problem(1, "empty synonym set", name);
      }
    });
  }

  private void verb(String block, String blockCode, String blockPaired, String l, int n) {
    String code = blockCode;
    String paired = blockPaired;
    int bracket = l.indexOf('[');
    if (bracket >= 0) {
      int close = l.indexOf(']', bracket);
      if (close < 0) {
        problem(n, "unclosed [code]", l);
        return;
      }
      String[] codes = l.substring(bracket + 1, close).strip().split(":", -1);
      code = primary(codes[0], n, l);
      paired = codes.length > 1 ? primary(codes[1], n, l) : null;
      l = l.substring(0, bracket).strip();
    }
    List<String> forms = new ArrayList<>();
    int brace = l.indexOf('{');
    if (brace >= 0) {
      int close = l.indexOf('}', brace);
      for (String f : l.substring(brace + 1, close < 0 ? l.length() : close).split("\\s+")) {
        if (!f.isBlank()) {
          forms.add(verbWord(f));
        }
      }
      l = l.substring(0, brace).strip();
    }
    if (l.isEmpty() || l.contains(" ")) {
      problem(n, "verb line is not one word or phrase", l);
      return;
    }
    String verb = verbWord(l);
    List<String> others = new ArrayList<>();
    for (String w : l.split("_")) {
      if (!w.isEmpty() && !w.startsWith("+") && !w.equalsIgnoreCase(verb)) {
        others.add(w.toUpperCase(Locale.ROOT));
      }
    }
    if (verb.isEmpty()) {
      problem(n, "verb line without a verb", l);
      return;
    }
    out.verb(new VerbEntry(verb, others, forms, block, code, paired, n));
  }

  /** The verb of a phrase: the word marked {@code +}, else the first. */
  private static String verbWord(String phrase) {
    String[] words = phrase.split("_");
    for (String w : words) {
      if (w.startsWith("+") && w.length() > 1) {
        return w.substring(1).toUpperCase(Locale.ROOT);
      }
    }
    return words.length == 0 ? "" : words[0].replace("+", "").toUpperCase(Locale.ROOT);
  }

  private void pattern(String block, String body, int n) {
    int open = body.lastIndexOf('[');
    int close = body.lastIndexOf(']');
    if (open < 0 || close < open) {
      problem(n, "pattern without [code]", body);
      return;
    }
    String[] codes = body.substring(open + 1, close).strip().split(":", -1);
    String code = primary(codes[0].strip(), n, body);
    String paired = codes.length > 1 ? primary(codes[1].strip(), n, body) : null;
    if (code == null && !codes[0].isBlank() && !codes[0].strip().equals("---")) {
      return; // a malformed code, reported
    }
    if (codes[0].isBlank() && paired == null) {
      problem(n, "pattern with an empty code", body);
      return;
    }
    String words = body.substring(0, open);
    int star = words.indexOf('*');
    if (star < 0) {
      problem(n, "pattern without * for the verb", body);
      return;
    }
    try {
      List<Requirement> before = requirements(words.substring(0, star));
      List<Requirement> after = requirements(words.substring(star + 1));
      out.pattern(new VerbPattern(block, before, after, code, paired, n));
    } catch (IllegalArgumentException e) {
      problem(n, e.getMessage(), body);
    }
  }

  /** The code before or after the colon: null for {@code ---} or empty; a problem when malformed. */
  private String primary(String raw, int n, String line) {
    String code = raw.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty() || code.equals("---")) {
      return null;
    }
    if (code.endsWith("!") || code.endsWith("?")) {
      code = code.substring(0, code.length() - 1); // a coder's mark on the code
    }
    if (!CODE.matcher(code).matches()) {
      problem(n, "malformed code " + code, line);
      return null;
    }
    return code;
  }

  private List<Requirement> requirements(String text) {
    List<Requirement> reqs = new ArrayList<>();
    String prep = null;
    boolean prepOpen = false;
    boolean prepHasWords = false;
    for (String raw : text.strip().split("\\s+")) {
      if (raw.isEmpty()) {
        continue;
      }
      String tok = raw;
      boolean opens = tok.startsWith("(");
      boolean closes = tok.endsWith(")");
      tok = tok.replace("(", "").replace(")", "").replace("{", "").replace("}", "");
      if (opens) {
        prepOpen = true;
        prep = null;
        prepHasWords = false;
      }
      for (String part : tok.split("_", -1)) {
        boolean exact = false;
        if (part.isEmpty()) {
          continue;
        }
        if (isMarker(part)) {
          continue;
        }
        if (prepOpen && prep == null) {
          prep = part.toUpperCase(Locale.ROOT);
          continue;
        }
        exact = tok.endsWith("_") && tok.endsWith(part + "_");
        reqs.add(new Requirement(prepOpen ? prep : null, alternatives(part, exact, 0)));
        prepHasWords |= prepOpen;
      }
      if (closes) {
        if (prep != null && !prepHasWords) {
          reqs.add(new Requirement(prep, List.of()));
        }
        prepOpen = false;
        prep = null;
      }
    }
    if (prepOpen) {
      throw new IllegalArgumentException("unclosed ( in pattern");
    }
    return reqs;
  }

  private static boolean isMarker(String part) {
    return part.equals("$") || part.equals("+") || part.equals("^") || part.equals("%") || part.equals("|")
        || part.equals("@") || part.equals("*");
  }

  private List<List<Word>> alternatives(String part, boolean exact, int depth) {
    String p = part.toUpperCase(Locale.ROOT).replace("+", "").replace("$", "").replace("^", "");
    if (p.isEmpty()) {
      throw new IllegalArgumentException("empty word in pattern");
    }
    if (!p.startsWith("&")) {
      return List.of(List.of(new Word(p, exact)));
    }
    List<String> members = synsets.get(synsetName(p));
    if (members == null) {
      throw new IllegalArgumentException("undefined synonym set " + p);
    }
    if (depth > MAX_SYNSET_DEPTH) {
      throw new IllegalArgumentException("synonym sets nested too deep at " + p);
    }
    List<List<Word>> alts = new ArrayList<>();
    for (String m : members) {
      if (m.startsWith("&")) {
        alts.addAll(alternatives(m, false, depth + 1));
        continue;
      }
      List<Word> words = new ArrayList<>();
      String[] pieces = m.split("_", -1);
      for (int i = 0; i < pieces.length; i++) {
        if (!pieces[i].isEmpty()) {
          boolean ex = i + 1 < pieces.length && pieces[i + 1].isEmpty();
          words.add(new Word(pieces[i], ex));
        }
      }
      if (!words.isEmpty()) {
        alts.add(words);
      }
    }
    return alts;
  }

  /** A synonym set's name without a trailing underscore, so {@code &PREPOSIT1_} and {@code &PREPOSIT1} are one. */
  private static String synsetName(String name) {
    String s = name.toUpperCase(Locale.ROOT);
    while (s.endsWith("_")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private void problem(int line, String reason, String text) {
    out.problems.add(new Problem(source, line, reason, text));
  }

  /** The lines with comments blanked out (line numbers kept). */
  static List<String> stripComments(List<String> raw) {
    List<String> outLines = new ArrayList<>(raw.size());
    boolean inXml = false;
    for (String l : raw) {
      String s = l;
      StringBuilder kept = new StringBuilder();
      while (!s.isEmpty()) {
        if (inXml) {
          int end = s.indexOf("-->");
          if (end < 0) {
            s = "";
          } else {
            s = s.substring(end + 3);
            inXml = false;
          }
        } else {
          int start = s.indexOf("<!--");
          if (start < 0) {
            kept.append(s);
            s = "";
          } else {
            kept.append(s, 0, start);
            s = s.substring(start + 4);
            inXml = true;
          }
        }
      }
      String k = kept.toString();
      int hash = k.indexOf('#');
      outLines.add(hash >= 0 ? k.substring(0, hash) : k);
    }
    return outLines;
  }
}
