package dev.parley.core.eval;

/** What the evaluation runs on each page: the raw file bytes in, the predicted article text out. */
@FunctionalInterface
public interface PageExtractor {
  /**
   * @param id the page's id in the gold file
   * @param rawFileBytes the bytes of {@code html/<id>.html.gz} as stored (still gzip-compressed)
   * @param url the page's URL from the gold file, possibly null
   * @return the predicted article text; null counts as empty
   * @throws Exception a failure that the runner records as an empty prediction
   */
  String extract(String id, byte[] rawFileBytes, String url) throws Exception;
}
