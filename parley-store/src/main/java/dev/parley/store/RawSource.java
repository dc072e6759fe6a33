package dev.parley.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An input as it was read, before any parsing: the store keeps it gzip-compressed, once per distinct
 * content, and every article read from it points at it.
 *
 * @param input the input's name (a path, a URL, {@code -})
 * @param bytes the bytes as read
 */
public record RawSource(String input, byte[] bytes) {
  public RawSource {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The SHA-256 of the bytes, in hex. */
  public String sha256() {
    return Hashes.sha256(bytes);
  }

  byte[] gzip() {
    return Prepared.gzip(bytes);
  }

  /** SHA-256 in hex. */
  static final class Hashes {
    private Hashes() {}

    static String sha256(byte[] data) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }

    static String sha256(String s) {
      return sha256(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
