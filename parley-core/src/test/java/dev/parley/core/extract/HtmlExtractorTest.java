package dev.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private static final String P1 =
      "The foreign ministers met in Geneva on Tuesday, their first meeting in two years, and agreed"
          + " to resume talks on the border, officials said.";
  private static final String P2 =
      "The talks, which collapsed in 2017, will restart next month, according to a joint statement"
          + " released after the meeting, which lasted four hours.";
  private static final String P3 =
      "Neither side commented on the ceasefire, but diplomats said a deal on prisoners was close,"
          + " and that a second round was planned for the spring.";

  private final HtmlExtractor extractor = new HtmlExtractor();

  private Extraction extract(String html) {
    return extractor.extract(Jsoup.parse(html, "https://news.example.com/world/talks"));
  }

  private static String page(String head, String body) {
    return "<html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  private static final String NAV =
      "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
          + "<li><a href='/sport'>Sport</a></li></ul></nav>";

  @Test
  void keepsTheArticleAndDropsTheFurnitureAroundIt() {
    String html = page("<title>Talks resume | Example News</title>",
        NAV
            + "<div class='cookie-banner'><p>We use cookies to improve your experience, please accept them all now.</p></div>"
            + "<article><h1>Talks resume</h1><p>" + P1 + "</p>"
            + "<div class='share-tools'><a href='#'>Facebook</a> <a href='#'>Twitter</a></div>"
            + "<p>" + P2 + "</p><figure><img src='x.jpg'><figcaption>Ministers in Geneva. Photo: AP</figcaption></figure>"
            + "<p>Advertisement</p><p>" + P3 + "</p></article>"
            + "<aside><h3>Most read</h3><ul><li><a href='/a'>Another story about something else entirely</a></li>"
            + "<li><a href='/b'>Yet another story that is not this one at all</a></li></ul></aside>"
            + "<footer><p>© Example News 2024. All rights reserved. Contact us for more.</p></footer>");

    assertThat(extract(html).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void keepsHeadingsListsAndQuotesInsideTheArticle() {
    String html = page("",
        NAV + "<div id='main'><div class='story-body'><p>" + P1 + "</p><h2>What comes next</h2>"
            + "<p>" + P2 + "</p><ul><li>Prisoner exchanges, first of all</li><li>Border crossings reopened</li></ul>"
            + "<blockquote><p>We are closer than ever to an agreement, and we will not waste it.</p></blockquote>"
            + "<p>" + P3 + "</p></div></div>");

    assertThat(extract(html).paragraphs())
        .containsExactly(P1, "What comes next", P2, "Prisoner exchanges, first of all",
            "Border crossings reopened",
            "We are closer than ever to an agreement, and we will not waste it.", P3);
  }

  @Test
  void normalisesWhitespaceAndSplitsParagraphsAtBreaks() {
    String html = page("", "<div class='content'>" + P1.replace(" ", "\n  ") + "<br><br>"
        + P2 + "<br>" + P3 + "</div>");

    assertThat(extract(html).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aPageWithoutAnArticleHasNoParagraphs() {
    String html = page("<title>Example News</title>",
        NAV + "<div class='grid'><a href='/1'>Story one headline</a><a href='/2'>Story two headline</a>"
            + "<a href='/3'>Story three</a></div><footer>Contact · Terms · Privacy</footer>");

    Extraction e = extract(html);
    assertThat(e.paragraphs()).isEmpty();
    assertThat(e.metadata().title()).isEqualTo("Example News");
  }

  @Test
  void dropsALeadInLineWithTheLinksItIntroduces() {
    String html = page("", "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>You may also like:</p>"
        + "<p><a href='/x'>Another story on the same subject</a></p>"
        + "<p><a href='/y'>And one more that you should read</a></p><p>" + P3 + "</p></article>");

    assertThat(extract(html).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void readsMetadataFromMetaAndOpenGraph() {
    String html = page(
        "<title>Talks resume - Example News</title>"
            + "<meta property='og:title' content='Talks resume in Geneva'>"
            + "<meta property='og:site_name' content='Example News'>"
            + "<link rel='canonical' href='https://news.example.com/2024/03/05/talks'>"
            + "<meta property='article:published_time' content='2024-03-05T10:00:00Z'>"
            + "<meta name='author' content='Jane Doe'>"
            + "<meta name='description' content='Ministers agree to talk again.'>",
        "<article><p>" + P1 + "</p></article>");

    PageMetadata m = extract(html).metadata();
    assertThat(m.title()).isEqualTo("Talks resume in Geneva");
    assertThat(m.siteName()).isEqualTo("Example News");
    assertThat(m.canonicalUrl()).isEqualTo("https://news.example.com/2024/03/05/talks");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(m.author()).isEqualTo("Jane Doe");
    assertThat(m.description()).isEqualTo("Ministers agree to talk again.");
  }

  @Test
  void readsMetadataFromJsonLdGraphs() {
    String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Site\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Talks resume\",\"url\":\"https://news.example.com/t\","
        + "\"datePublished\":\"2023-11-19T08:00:00+01:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bo Chan\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily Example\"}}]}</script>";
    PageMetadata m = extract(page(ld + "<title>Ignored | Site</title>", "<p>" + P1 + "</p>")).metadata();

    assertThat(m.title()).isEqualTo("Talks resume");
    assertThat(m.canonicalUrl()).isEqualTo("https://news.example.com/t");
    assertThat(m.published()).isEqualTo(LocalDate.of(2023, 11, 19));
    assertThat(m.author()).isEqualTo("Ann Lee, Bo Chan");
    assertThat(m.siteName()).isEqualTo("The Daily Example");
  }

  @Test
  void malformedJsonLdIsIgnored() {
    String html = page(
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
            + "<script type='application/ld+json'>[1, \"x\", null]</script>"
            + "<script type='application/ld+json'></script>"
            + "<title>Talks resume | Example News</title>",
        "<article><h1>Talks resume</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>");

    Extraction e = extract(html);
    assertThat(e.metadata().title()).isEqualTo("Talks resume");
    assertThat(e.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void fallsBackToTheTitleTagWithoutItsSiteSuffixAndToTheDateInTheUrl() {
    Extraction e = extractor.extract(Jsoup.parse(
        page("<title>Border talks resume after two years | Example News</title>", "<p>" + P1 + "</p>"),
        "https://news.example.com/2019/11/19/border-talks"));

    assertThat(e.metadata().title()).isEqualTo("Border talks resume after two years");
    assertThat(e.metadata().published()).isEqualTo(LocalDate.of(2019, 11, 19));
  }

  @Test
  void readsTheAuthorFromABylineAndIgnoresAnAuthorUrl() {
    String html = page("<meta property='article:author' content='https://facebook.com/someone'>",
        "<article><p class='byline'>By <a rel='author' href='/staff/jd'>Jane Doe</a></p>"
            + "<p>" + P1 + "</p><p>" + P2 + "</p></article>");

    Extraction e = extract(html);
    assertThat(e.metadata().author()).isEqualTo("Jane Doe");
    assertThat(e.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void usesTheJsonLdBodyWhenTheMarkupHasNoArticle() {
    String body = (P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n").repeat(3).strip();
    String html = page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":"
        + com.fasterxml.jackson.databind.node.TextNode.valueOf(body) + "}</script>",
        NAV + "<div id='app'>Loading…</div>");

    assertThat(extract(html).paragraphs()).containsExactly(P1, P2, P3, P1, P2, P3, P1, P2, P3);
  }

  @Test
  void ignoresAShortOrRedundantJsonLdBody() {
    String html = page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"Teaser only.\"}</script>",
        "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>");

    assertThat(extract(html).paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void dropsTheHeadlineRepeatedInTheBody() {
    String html = page("<meta property='og:title' content='Talks resume in Geneva'>",
        "<div class='story'><h2>Talks resume in Geneva</h2><p>" + P1 + "</p><p>" + P2 + "</p></div>");

    assertThat(extract(html).paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void dropsAHoverCardButKeepsTheNameItHangsFrom() {
    String html = page("", "<article><p>The minister, <span class='rp'><a href='/p/jd'>Jane Doe</a>"
        + "<span class='rb'><img src='jd.jpg'><a href='/s/1'>Doe visits Paris again this week</a>"
        + "<a href='/s/2'>Doe and the budget row that will not end</a></span></span>, said the talks"
        + " would resume, and that both sides had agreed on the agenda.</p><p>" + P2 + "</p></article>");

    assertThat(extract(html).paragraphs()).containsExactly(
        "The minister, Jane Doe, said the talks would resume, and that both sides had agreed on the agenda.", P2);
  }

  @Test
  void keepsAnEmbeddedPostButDropsCommentsAndBylines() {
    String html = page("", "<article><p>By Jane Doe and John Roe -</p><p>" + P1 + "</p>"
        + "<div class='social-embed'><blockquote class='twitter-tweet'><p>We are ready to talk, and we"
        + " will be in Geneva next week. pic.twitter.com/abc</p>— Minister (@minister)</blockquote></div>"
        + "<p>" + P2 + "</p><p>Updated at 1:23 p.m.</p></article>"
        + "<section id='comments'><h3>3 comments</h3><p>I think this is a great step forward for everyone"
        + " involved, honestly, and long overdue.</p></section>");

    assertThat(extract(html).paragraphs()).containsExactly(P1,
        "We are ready to talk, and we will be in Geneva next week. pic.twitter.com/abc",
        "— Minister (@minister)", P2);
  }

  @Test
  void keepsAnArticleInsideAPageWideFormOrAWidgetNamedWrapper() {
    String inForm = page("", "<form id='aspnetForm'>" + NAV + "<div class='text'><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></div><input type='hidden'></form>");
    String inWidget = page("", "<div class='widget Blog'><div class='post-body'>" + P1 + "<br><br>" + P2
        + "<br><br>" + P3 + "</div></div><div class='widget sidebar'><a href='/a'>Archive</a></div>");

    assertThat(extract(inForm).paragraphs()).containsExactly(P1, P2, P3);
    assertThat(extract(inWidget).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void joinsAnArticleSplitAroundAnAdvertisement() {
    String html = page("", NAV + "<div class='story'><p>" + P1 + "</p><p>" + P2 + "</p></div>"
        + "<div class='ad-slot'><p>Advertisement</p></div>"
        + "<div class='story'><p>" + P3 + "</p><p>" + P1.replace("Geneva", "Vienna") + "</p></div>"
        + "<div class='related'><h3>Related</h3><ul><li><a href='/1'>One other story here</a></li>"
        + "<li><a href='/2'>Two other stories here</a></li></ul></div>");

    assertThat(extract(html).paragraphs())
        .containsExactly(P1, P2, P3, P1.replace("Geneva", "Vienna"));
  }

  @Test
  void dropsCreditLinesButNotSentencesAboutPhotographs() {
    String sentence = "The photograph by Ansel Adams sold for a record price at auction in New York.";
    String html = page("", "<article><p>" + P1 + "</p><p>Ministers arrive in Geneva. Photo: AP</p>"
        + "<p>© Example Images 2019</p><p>" + sentence + "</p><p>Photo by Jane Doe/Reuters</p><p>" + P2
        + "</p></article>");

    assertThat(extract(html).paragraphs()).containsExactly(P1, sentence, P2);
  }

  @Test
  void oddPagesGiveEmptyResultsNotExceptions() {
    String[] pages = {"", "just some text", "<html></html>", "<frameset><frame src='a.html'></frameset>",
        "<p>short</p>", "<div><div><div></div></div></div>", "<?xml version='1.0'?><rss><item/></rss>",
        "<script type='application/ld+json'>{\"@graph\": {\"@graph\": [[[{}]]]}}</script>"};
    for (String html : pages) {
      Extraction e = extract(html);
      assertThat(e.paragraphs()).as(html).isEmpty();
      assertThat(e.metadata()).as(html).isNotNull();
    }
  }
}
