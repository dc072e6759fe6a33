package dev.parley.core.read;

/** Names well-known binary formats from their first bytes, for a clearer rejection message. */
final class BinaryMagic {
  private BinaryMagic() {}

  static String describe(byte[] b) {
    if (starts(b, "%PDF")) {
      return "a PDF document";
    }
    if (starts(b, "\u0089PNG")) {
      return "a PNG image";
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return "a JPEG image";
    }
    if (starts(b, "GIF8")) {
      return "a GIF image";
    }
    if (starts(b, "PK\u0003\u0004")) {
      return "a ZIP archive (or an Office document)";
    }
    if (starts(b, "\u007fELF")) {
      return "an executable";
    }
    if (starts(b, "BZh")) {
      return "a bzip2 archive; decompress it first";
    }
    if (b.length >= 6 && (b[0] & 0xff) == 0xFD && starts(b, "\u00fd7zXZ")) {
      return "an xz archive; decompress it first";
    }
    return null;
  }

  private static boolean starts(byte[] b, String sig) {
    if (b.length < sig.length()) {
      return false;
    }
    for (int i = 0; i < sig.length(); i++) {
      if ((b[i] & 0xff) != sig.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
