package dev.parley.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.article.Draft;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each reader, through the {@link ArticleReader} entry point, on small inputs written for the test. */
class ReadersTest {
  private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

  private List<ReadItem> read(String text) {
    return reader.read("in", text.getBytes(StandardCharsets.UTF_8));
  }

  static Draft draft(ReadItem item) {
    assertThat(item).isInstanceOf(ReadItem.Accepted.class);
    return ((ReadItem.Accepted) item).draft();
  }

  static String reason(ReadItem item) {
    assertThat(item).isInstanceOf(ReadItem.Rejected.class);
    return ((ReadItem.Rejected) item).rejection().reason();
  }

  @Test
  void crawlRecordHasHeaderTitleLeadAndBody() {
    Draft d = draft(read("date 2025-12-01 https://www.example.org/a\nEnvoy to visit Moscow\nThe trip is set for this week.\nFirst paragraph.\nSecond paragraph.").get(0));
    assertThat(d.published()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(d.url()).isEqualTo("https://www.example.org/a");
    assertThat(d.title()).isEqualTo("Envoy to visit Moscow");
    assertThat(d.lead()).isEqualTo("The trip is set for this week.");
    assertThat(d.body()).isEqualTo("First paragraph.\nSecond paragraph.");
  }

  @Test
  void crawlRecordWithoutBodyOrWithBadDateIsRejected() {
    assertThat(reason(read("date 2025-12-01 https://x.org/a\nTitle only\n").get(0))).isEqualTo("no-body");
    assertThat(reason(read("date 2025-13-45 https://x.org/a\nT\nL\nBody").get(0))).isEqualTo("bad-date");
  }

  @Test
  void plainTextTakesTitleFromFirstLineAndDateFromOptions() {
    ArticleReader r = new ArticleReader(new ReadOptions(LocalDate.of(2025, 11, 30), "https://news.example.com/x", 1 << 20));
    Draft d = draft(r.read("t.txt", "Talks in Florida\n\nDelegations met on Sunday.".getBytes(StandardCharsets.UTF_8)).get(0));
    assertThat(d.title()).isEqualTo("Talks in Florida");
    assertThat(d.body().strip()).isEqualTo("Delegations met on Sunday.");
    assertThat(d.published()).isEqualTo(LocalDate.of(2025, 11, 30));
    assertThat(d.url()).isEqualTo("https://news.example.com/x");
  }

  @Test
  void plainTextWhoseFirstLineIsASentenceHasNoTitle() {
    Draft d = draft(read("Delegations met on Sunday.\nThey talked for hours.").get(0));
    assertThat(d.title()).isNull();
    assertThat(d.body()).startsWith("Delegations met");
  }

  @Test
  void rss2ItemsBecomeDrafts() {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>World Desk</title><link>https://desk.example.com</link>
        <item><title>Talks in Geneva</title><link>https://desk.example.com/geneva</link>
          <pubDate>Sun, 23 Nov 2025 18:30:00 +0100</pubDate><dc:creator>A. Writer</dc:creator>
          <description>Short summary.</description>
          <content:encoded><![CDATA[<p>Delegations met in Geneva.</p><p>They agreed to keep talking.</p>]]></content:encoded></item>
        <item><title>Summary only</title><link>https://desk.example.com/s</link>
          <pubDate>Mon, 24 Nov 2025 08:00:00 GMT</pubDate><description>&lt;p&gt;Only a summary here.&lt;/p&gt;</description></item>
        <item><title>Nothing</title><link>https://desk.example.com/n</link></item>
        </channel></rss>""";
    List<ReadItem> items = read(rss);
    assertThat(items).hasSize(3);
    Draft first = draft(items.get(0));
    assertThat(first.input()).isEqualTo("in#item-1");
    assertThat(first.title()).isEqualTo("Talks in Geneva");
    assertThat(first.url()).isEqualTo("https://desk.example.com/geneva");
    assertThat(first.published()).isEqualTo(LocalDate.of(2025, 11, 23));
    assertThat(first.siteName()).isEqualTo("World Desk");
    assertThat(first.author()).isEqualTo("A. Writer");
    assertThat(first.body()).isEqualTo("Delegations met in Geneva.\n\nThey agreed to keep talking.");
    assertThat(first.lead()).isEqualTo("Short summary.");
    assertThat(draft(items.get(1)).body()).isEqualTo("Only a summary here.");
    assertThat(reason(items.get(2))).isEqualTo("no-content");
  }

  @Test
  void atomEntriesUseAlternateLinkAndContent() {
    String atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
        <entry><title>Envoy travels</title>
          <link rel="self" href="https://a.example.net/self"/><link rel="alternate" href="https://a.example.net/story"/>
          <published>2025-12-02T09:00:00+03:00</published><author><name>B. Reporter</name></author>
          <summary>Sum.</summary>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The envoy flew to Moscow.</p><p>Talks lasted five hours.</p></div></content>
        </entry></feed>""";
    Draft d = draft(read(atom).get(0));
    assertThat(d.url()).isEqualTo("https://a.example.net/story");
    assertThat(d.published()).isEqualTo(LocalDate.of(2025, 12, 2));
    assertThat(d.author()).isEqualTo("B. Reporter");
    assertThat(d.body()).isEqualTo("The envoy flew to Moscow.\n\nTalks lasted five hours.");
  }

  @Test
  void malformedFeedKeepsItemsBeforeTheBreakAndRejectsTheRest() {
    String broken = """
        <rss version="2.0"><channel><title>T</title>
        <item><title>One</title><link>https://x.example.com/1</link><description>First item text.</description></item>
        <item><title>Two</title><link>https://x.example.com/2</link><description>Second item <b>broken</description></item>
        </channel></rss>""";
    List<ReadItem> items = read(broken);
    assertThat(items).hasSize(2);
    assertThat(draft(items.get(0)).title()).isEqualTo("One");
    assertThat(reason(items.get(1))).isEqualTo("malformed-feed");
    assertThat(((ReadItem.Rejected) items.get(1)).rejection().message()).contains("line");
  }

  @Test
  void feedWithExternalEntityIsNotExpanded() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss><channel><item><title>&x;</title><description>d</description></item></channel></rss>";
    List<ReadItem> items = read(xxe);
    assertThat(items).allSatisfy(i -> {
      if (i instanceof ReadItem.Accepted a) {
        assertThat(a.draft().title()).doesNotContain("root:");
      }
    });
  }

  @Test
  void xmlThatIsNoFeedIsRejected() {
    assertThat(reason(read("<?xml version=\"1.0\"?><catalog><book/></catalog>").get(0))).isEqualTo("not-a-feed");
  }

  @Test
  void jsonLinesReadEachLineAndRejectBadOnesAlone() {
    String jsonl = """
        {"url":"https://www.reuters.com/x","title":"T1","published":"2025-11-30T12:00:00Z","outlet":"Reuters","text":"Body one."}
        {"url": broken
        {"title":"T3","html":"<html><body><article><p>Delegations met in Florida on Sunday for more talks about the plan, officials said.</p><p>They will meet again this week, according to two people familiar with the matter.</p></article></body></html>"}
        {"title":"T4"}
        """;
    List<ReadItem> items = read(jsonl);
    assertThat(items).hasSize(4);
    Draft one = draft(items.get(0));
    assertThat(one.input()).isEqualTo("in#line-1");
    assertThat(one.siteName()).isEqualTo("Reuters");
    assertThat(one.published()).isEqualTo(LocalDate.of(2025, 11, 30));
    assertThat(reason(items.get(1))).isEqualTo("malformed-json");
    assertThat(draft(items.get(2)).body()).contains("Delegations met in Florida");
    assertThat(reason(items.get(3))).isEqualTo("no-body");
  }

  @Test
  void jsonArrayIsReadToo() {
    List<ReadItem> items = read("[{\"text\":\"A.\"},{\"text\":\"B.\"}]");
    assertThat(items).hasSize(2);
    assertThat(draft(items.get(1)).input()).isEqualTo("in#item-2");
  }

  @Test
  void htmlPageWithoutArticleIsRejected() {
    assertThat(reason(read("<html><head><title>Nothing</title></head><body><nav><a href=/>Home</a></nav></body></html>").get(0)))
        .isEqualTo("no-article");
  }
}
