package dev.parley.core.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Recognises whole lines that are page furniture rather than article text. Patterns are data. */
public final class Boilerplate {
  /** Longer lines are never treated as boilerplate: they are likely real sentences. */
  public static final int MAX_LINE = 120;
  private static final String RESOURCE = "boilerplate.txt";

  private final List<Pattern> patterns;

  public Boilerplate(List<Pattern> patterns) {
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("no boilerplate patterns");
    }
    this.patterns = List.copyOf(patterns);
  }

  /** Loads the bundled pattern list, failing loudly if it is empty or a pattern does not compile. */
  public static Boilerplate bundled() {
    try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new Boilerplate(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Pattern> parse(List<String> lines) {
    List<Pattern> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      try {
        out.add(Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + e.getDescription(), e);
      }
    }
    return out;
  }

  /** Whether the whole (trimmed) line is boilerplate. */
  public boolean isBoilerplate(CharSequence line) {
    String t = line.toString().strip();
    if (t.isEmpty() || t.length() > MAX_LINE) {
      return false;
    }
    for (Pattern p : patterns) {
      if (p.matcher(t).matches()) {
        return true;
      }
    }
    return false;
  }
}
