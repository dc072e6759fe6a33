package dev.parley.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.article.Article;
import dev.parley.core.dedup.Signature;
import dev.parley.core.json.AnalysisJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * An article made ready for the store outside any lock or transaction: its key, the hash of its
 * analysis, the compressed contract and raw source, and its MinHash signature.
 */
record Prepared(Article article, String articleKey, String keySha, String analysisSha, byte[] analysisGzip,
    String rawSha, byte[] rawGzip, long rawBytes, String rawInput, Signature signature) {

  static Prepared of(Article a, RawSource raw, Signature signature) {
    String key = key(a);
    ObjectNode json = AnalysisJson.analysis(a);
    String line = AnalysisJson.line(json);
    ObjectNode forHash = json.deepCopy();
    ((ObjectNode) forHash.get("article")).remove("input");
    ((ObjectNode) forHash.get("article")).remove("duplicate_of");
    String analysisSha = RawSource.Hashes.sha256(AnalysisJson.line(forHash));
    return new Prepared(a, key, RawSource.Hashes.sha256(key), analysisSha, gzip(line.getBytes(StandardCharsets.UTF_8)),
        raw == null ? null : raw.sha256(), raw == null ? null : raw.gzip(), raw == null ? 0 : raw.bytes().length,
        raw == null ? null : raw.input(), signature);
  }

  /**
   * What makes ingest idempotent: the URL when there is one (the same page fetched again is the same
   * article, even if its text changed), else the input it was read from, else (stdin) its content id.
   */
  static String key(Article a) {
    if (a.url() != null && !a.url().isBlank()) {
      return "url:" + a.url().strip();
    }
    if (!a.input().equals("-") && !a.input().startsWith("-#")) {
      return "input:" + a.input();
    }
    return "content:" + a.id();
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
