package dev.parley.core.read;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * An input's bytes decoded to text.
 *
 * @param text the text, without a byte-order mark
 * @param charset the charset used
 * @param gzipped whether the bytes were gzip-compressed
 * @param charsetSource how the charset was chosen: {@code bom}, {@code declared}, {@code detected}
 */
public record Decoded(String text, Charset charset, boolean gzipped, String charsetSource) {
  public Decoded {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
