package dev.parley.core.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One key per news outlet, whatever it is called: "Sputnik", "sputnikglobe.com" and "Sputnik
 * International" are one origin. Known outlets come from {@code outlets.tsv} (validated on load);
 * others get the first label of their domain or the letters of their name. The store counts independent
 * origins under these keys, and so does negotiation tracking.
 */
public final class OutletKeys {
  static final String RESOURCE = "outlets.tsv";

  private final Map<String, String> byName;

  private OutletKeys(Map<String, String> byName) {
    this.byName = Map.copyOf(byName);
  }

  public static OutletKeys bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final OutletKeys INSTANCE = load();
  }

  private static OutletKeys load() {
    try (InputStream in = OutletKeys.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the table; a malformed line, an empty group or a name given to two outlets fails. */
  static OutletKeys parse(List<String> lines) {
    Map<String, String> byName = new HashMap<>();
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2 || !cols[0].matches("[a-z0-9]+") || cols[1].isBlank()) {
        throw new IllegalArgumentException(RESOURCE + " line " + n + ": expected KEY<TAB>name|name..., got: " + line);
      }
      for (String name : cols[1].split("\\|")) {
        String k = normal(name);
        if (k.isEmpty()) {
          throw new IllegalArgumentException(RESOURCE + " line " + n + ": an empty name");
        }
        String before = byName.put(k, cols[0]);
        if (before != null && !before.equals(cols[0])) {
          throw new IllegalArgumentException(RESOURCE + " line " + n + ": " + name + " is both " + before + " and " + cols[0]);
        }
      }
    }
    if (byName.isEmpty()) {
      throw new IllegalArgumentException(RESOURCE + " lists no outlet");
    }
    return new OutletKeys(byName);
  }

  private static String normal(String name) {
    String k = words(name.strip());
    return k.startsWith("www ") ? k.substring(4) : k;
  }

  /** The outlet's key if the table knows the name. */
  public Optional<String> known(String nameOrDomain) {
    return Optional.ofNullable(byName.get(normal(nameOrDomain)));
  }

  /** The outlet's key: the table's, else the domain's first label, else the name's letters and digits. */
  public String key(String nameOrDomain) {
    String k = normal(nameOrDomain);
    String known = byName.get(k);
    if (known != null) {
      return known;
    }
    String s = nameOrDomain.strip().toLowerCase(java.util.Locale.ROOT);
    if (s.startsWith("www.")) {
      s = s.substring(4);
    }
    if (!s.contains(" ") && s.indexOf('.') > 0) {
      return words(s.substring(0, s.indexOf('.')));
    }
    return k.replace(" ", "");
  }

  /**
   * A name as a comparison key: NFKC, lower case, dots and apostrophes dropped, every other run of characters
   * that are not letters or digits one space ("U.S. Dept. of State" -> "us dept of state").
   */
  public static String words(String name) {
    String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '.' || c == '\u2019' || c == '\'') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return sb.toString();
  }
}
