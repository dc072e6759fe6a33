package dev.parley.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletsTest {
  @Test
  void registrableDomainUsesPublicSuffixes() {
    assertThat(Outlets.registrableDomain("https://sputnikglobe.com/20251201/x.html")).isEqualTo("sputnikglobe.com");
    assertThat(Outlets.registrableDomain("https://www.bbc.co.uk/news/world")).isEqualTo("bbc.co.uk");
    assertThat(Outlets.registrableDomain("https://edition.cnn.com/2025/12/01/x")).isEqualTo("cnn.com");
    assertThat(Outlets.registrableDomain("http://news.abc.net.au/x")).isEqualTo("abc.net.au");
  }

  @Test
  void oddUrlsGiveHostOrNull() {
    assertThat(Outlets.registrableDomain("http://localhost:8080/a")).isEqualTo("localhost");
    assertThat(Outlets.registrableDomain("not a url")).isNull();
    assertThat(Outlets.registrableDomain(null)).isNull();
  }

  @Test
  void siteNameWinsOverDomain() {
    assertThat(Outlets.outlet("Reuters", "https://www.reuters.com/x")).isEqualTo("Reuters");
    assertThat(Outlets.outlet(" ", "https://www.reuters.com/x")).isEqualTo("reuters.com");
  }
}
