package dev.parley.store;

import java.nio.ByteBuffer;

/** MinHash arrays as bytes, big-endian, for the signatures table. */
final class Signatures {
  private Signatures() {}

  static byte[] toBytes(long[] minhash) {
    ByteBuffer b = ByteBuffer.allocate(minhash.length * Long.BYTES);
    for (long v : minhash) {
      b.putLong(v);
    }
    return b.array();
  }

  static long[] fromBytes(byte[] bytes) {
    if (bytes.length % Long.BYTES != 0) {
      throw new IllegalArgumentException("a stored signature of " + bytes.length + " bytes is not a list of longs");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    long[] out = new long[bytes.length / Long.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong();
    }
    return out;
  }
}
