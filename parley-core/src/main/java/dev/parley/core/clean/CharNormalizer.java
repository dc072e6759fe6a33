package dev.parley.core.clean;

import dev.parley.core.article.MappedText;
import dev.parley.core.article.Repairs;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Character-level repairs: HTML entities left in text, non-breaking and other odd spaces, zero-width
 * characters and soft hyphens, control characters; line ends normalised to {@code \n}, runs of spaces
 * collapsed and lines trimmed.
 */
final class CharNormalizer {
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  /** The result of normalising: text with its origin map, and what was repaired. */
  record Result(MappedText text, Repairs repairs) {}

  Result normalize(MappedText in) {
    String s = in.text();
    MappedText.Builder b = new MappedText.Builder(s.length());
    int entities = 0;
    int spaces = 0;
    int controls = 0;
    Matcher m = ENTITY.matcher(s);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int origin = in.originOf(i);
      if (c == '&' && m.find(i) && m.start() == i) {
        String decoded = Parser.unescapeEntities(m.group(), false);
        if (!decoded.equals(m.group())) {
          entities++;
          for (int k = 0; k < decoded.length(); k++) {
            int kind = emit(b, decoded.charAt(k), origin);
            spaces += kind == 1 ? 1 : 0;
          }
          i = m.end() - 1;
          continue;
        }
      }
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      int kind = emit(b, c, origin);
      if (kind == 1) {
        spaces++;
      } else if (kind == 2) {
        controls++;
      }
    }
    trimEnd(b);
    Repairs r = Repairs.none()
        .plus(Repairs.Kind.ENTITY, entities)
        .plus(Repairs.Kind.SPACE, spaces)
        .plus(Repairs.Kind.CONTROL, controls);
    return new Result(b.build(), r);
  }

  /** Emits one char; returns 1 if it was an odd space repaired, 2 if a control dropped, else 0. */
  private static int emit(MappedText.Builder b, char c, int origin) {
    int kind = 0;
    if (c == '\u2028' || c == '\u2029') {
      c = '\n';
      kind = 1;
    } else if (isOddSpace(c)) {
      c = ' ';
      kind = 1;
    } else if (isInvisible(c)) {
      return 1;
    } else if (isControl(c)) {
      return 2;
    } else if (c == '\t') {
      c = ' ';
    }
    if (c == ' ') {
      int n = b.length();
      if (n == 0 || b.charAt(n - 1) == ' ' || b.charAt(n - 1) == '\n') {
        return kind;
      }
    } else if (c == '\n') {
      trimEnd(b);
    }
    b.append(c, origin);
    return kind;
  }

  private static void trimEnd(MappedText.Builder b) {
    int n = b.length();
    while (n > 0 && b.charAt(n - 1) == ' ') {
      n--;
    }
    b.truncate(n);
  }

  static boolean isOddSpace(char c) {
    return c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
        || c == '\u3000' || c == '\u000B' || c == '\u000C';
  }

  static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD';
  }
}
