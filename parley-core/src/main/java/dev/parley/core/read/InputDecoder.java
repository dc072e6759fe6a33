package dev.parley.core.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns an input's bytes into text: gunzips by content (not by name), refuses binary data and inputs
 * over the size limit, and picks the charset from a byte-order mark, a declaration (XML prolog, HTML
 * meta) or the bytes themselves.
 */
public final class InputDecoder {

  /** The outcome: text, or the reason there is none. */
  public sealed interface Result {}

  /** Decoded text. */
  public record Ok(Decoded decoded) implements Result {}

  /** Why the bytes are not text we can read. */
  public record Failed(String reason, String message) implements Result {}

  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final long maxBytes;

  public InputDecoder(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Decodes bytes already read (at most {@code maxBytes + 1} of them). */
  public Result decode(byte[] bytes) {
    if (bytes.length > maxBytes) {
      return tooLarge();
    }
    boolean gzipped = false;
    if (isGzip(bytes)) {
      try {
        bytes = gunzip(bytes);
      } catch (EOFException e) {
        return new Failed("truncated-gzip", "the gzip stream ends early; the file is truncated or still being written");
      } catch (ZipException e) {
        return new Failed("corrupt-gzip", "the gzip stream is corrupt: " + e.getMessage());
      } catch (TooLarge e) {
        return tooLarge();
      } catch (IOException e) {
        return new Failed("corrupt-gzip", "cannot decompress: " + e.getMessage());
      }
      gzipped = true;
    }
    if (bytes.length == 0 || isBlank(bytes)) {
      return new Failed("empty", "the input is empty" + (gzipped ? " after decompression" : ""));
    }
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      String text = new String(bytes, skip, bytes.length - skip, bom);
      return binaryCheck(text).orElse(new Ok(new Decoded(text, bom, gzipped, "bom")));
    }
    String magic = BinaryMagic.describe(bytes);
    if (magic != null) {
      return new Failed("binary", "this is " + magic + ", not an article, page or feed");
    }
    if (nulRatio(bytes) > 0) {
      return new Failed("binary", "the input contains NUL bytes: it is binary data, not text");
    }
    return decodeText(bytes, gzipped);
  }

  private Result decodeText(byte[] bytes, boolean gzipped) {
    Charset declared = declaredCharset(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      String text = new String(bytes, declared);
      return binaryCheck(text).orElse(new Ok(new Decoded(text, declared, gzipped, "declared")));
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return binaryCheck(utf8)
          .orElse(new Ok(new Decoded(utf8, StandardCharsets.UTF_8, gzipped, declared != null ? "declared" : "detected")));
    }
    if (declared == null && asciiRatio(bytes) >= 0.9) {
      String text = new String(bytes, WINDOWS_1252);
      return binaryCheck(text).orElse(new Ok(new Decoded(text, WINDOWS_1252, gzipped, "detected")));
    }
    return new Failed(
        "invalid-utf8",
        declared != null
            ? "the input declares UTF-8 but contains invalid UTF-8 byte sequences"
            : "the input is neither valid UTF-8 nor mostly-ASCII legacy text; declare its charset or convert it to UTF-8");
  }

  private static java.util.Optional<Result> binaryCheck(String text) {
    int controls = 0;
    int n = Math.min(text.length(), 64 * 1024);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
        controls++;
      }
    }
    if (n > 0 && controls > Math.max(2, n / 100)) {
      return java.util.Optional.of(
          new Failed("binary", controls + " control characters in the first " + n + " characters: this is binary data, not text"));
    }
    return java.util.Optional.empty();
  }

  private Failed tooLarge() {
    return new Failed("too-large", "the input is larger than the limit of " + maxBytes
        + " bytes (after decompression); raise it with --max-bytes if this really is one article or feed");
  }

  static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("too large");
    }
  }

  private byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length * 4));
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new TooLarge();
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
        return false;
      }
    }
    return true;
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static double nulRatio(byte[] b) {
    int n = Math.min(b.length, 8192);
    int nul = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        nul++;
      }
    }
    return n == 0 ? 0 : (double) nul / n;
  }

  private static double asciiRatio(byte[] b) {
    int ascii = 0;
    for (byte x : b) {
      if (x >= 0) {
        ascii++;
      }
    }
    return (double) ascii / b.length;
  }

  /** The charset declared in an XML prolog or HTML meta tag within the first 4 KiB, if any. */
  static Charset declaredCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    String name = m.find() ? m.group(1) : null;
    if (name == null) {
      Matcher h = META_CHARSET.matcher(head);
      name = h.find() ? h.group(1) : null;
    }
    if (name == null) {
      return null;
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return WINDOWS_1252; // as browsers do: the WHATWG encoding standard maps these labels to windows-1252
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strictUtf8(byte[] b) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
