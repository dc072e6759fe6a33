package dev.parley.core.read;

import dev.parley.core.extract.HtmlExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point for reading: bytes in any supported format, gzip-compressed or not, in any
 * declared or detectable charset, become drafts and rejections. Never throws on bad input. Thread-safe.
 */
public final class ArticleReader {
  private final ReadOptions options;
  private final InputDecoder decoder;
  private final CrawlRecordReader crawl = new CrawlRecordReader();
  private final PlainTextReader plain = new PlainTextReader();
  private final HtmlReader html;
  private final FeedReader feed = new FeedReader();
  private final JsonLinesReader jsonLines;

  public ArticleReader(ReadOptions options, HtmlExtractor extractor) {
    this.options = options;
    this.decoder = new InputDecoder(options.maxBytes());
    this.html = new HtmlReader(extractor);
    this.jsonLines = new JsonLinesReader(html);
  }

  public ArticleReader(ReadOptions options) {
    this(options, new HtmlExtractor());
  }

  /** Reads a file, refusing it without reading it when it is over the size limit. */
  public List<ReadItem> read(Path file) {
    String input = file.toString();
    try {
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        return List.of(ReadItem.rejected(input, "too-large", "the file has " + size
            + " bytes, over the limit of " + options.maxBytes() + "; raise it with --max-bytes if this really is one article or feed"));
      }
      return read(input, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return List.of(ReadItem.rejected(input, "not-found", "no such file"));
    } catch (IOException e) {
      return List.of(ReadItem.rejected(input, "unreadable", "cannot read the file: " + e.getMessage()));
    }
  }

  /** Reads a stream (such as stdin) up to the size limit. */
  public List<ReadItem> read(String input, InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxBytes() + 1));
      return read(input, bytes);
    } catch (IOException e) {
      return List.of(ReadItem.rejected(input, "unreadable", "cannot read the input: " + e.getMessage()));
    }
  }

  /** Reads bytes. */
  public List<ReadItem> read(String input, byte[] bytes) {
    InputDecoder.Result decoded = decoder.decode(bytes);
    if (decoded instanceof InputDecoder.Failed f) {
      return List.of(ReadItem.rejected(input, f.reason(), f.message()));
    }
    String text = ((InputDecoder.Ok) decoded).decoded().text();
    try {
      return switch (Format.sniff(text)) {
        case CRAWL_RECORD -> crawl.read(input, text, options);
        case HTML -> html.read(input, text, options);
        case FEED -> feed.read(input, text, options);
        case JSON_LINES -> jsonLines.read(input, text, options);
        case PLAIN_TEXT -> plain.read(input, text, options);
      };
    } catch (StackOverflowError e) {
      return List.of(ReadItem.rejected(input, "too-deep", "the markup is nested too deeply to read"));
    }
  }

  public ReadOptions options() {
    return options;
  }
}
