package dev.parley.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void sniffsEachFormatFromContent() {
    assertThat(Format.sniff("date 2025-12-01 https://x.org/a\nTitle\nLead\nBody")).isEqualTo(Format.CRAWL_RECORD);
    assertThat(Format.sniff("\n<!DOCTYPE html><html><body><p>x</p></body></html>")).isEqualTo(Format.HTML);
    assertThat(Format.sniff("<div><p>fragment</p></div>")).isEqualTo(Format.HTML);
    assertThat(Format.sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>")).isEqualTo(Format.FEED);
    assertThat(Format.sniff("<?xml version='1.0'?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>")).isEqualTo(Format.FEED);
    assertThat(Format.sniff("<rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>")).isEqualTo(Format.FEED);
    assertThat(Format.sniff("{\"url\":\"u\",\"text\":\"t\"}\n")).isEqualTo(Format.JSON_LINES);
    assertThat(Format.sniff("[{\"text\":\"t\"}]")).isEqualTo(Format.JSON_LINES);
    assertThat(Format.sniff("Talks resume in Geneva\nDelegates met on Sunday.")).isEqualTo(Format.PLAIN_TEXT);
  }

  @Test
  void dateWordInPlainTextIsNotACrawlHeader() {
    assertThat(Format.sniff("date night in Kyiv\nsome text")).isEqualTo(Format.PLAIN_TEXT);
  }
}
