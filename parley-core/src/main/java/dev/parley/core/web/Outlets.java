package dev.parley.core.web;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Locale;

/** Derives an outlet name from a URL, using the Public Suffix List that Guava ships. */
public final class Outlets {
  private Outlets() {}

  /**
   * The registrable domain of a URL ({@code https://www.bbc.co.uk/news/x} gives {@code bbc.co.uk}),
   * the host itself when it has no public suffix (an IP address, {@code localhost}), or null when the
   * URL has no host.
   */
  public static String registrableDomain(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null || host.isBlank()) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    try {
      InternetDomainName name = InternetDomainName.from(host);
      if (name.isUnderPublicSuffix()) {
        return name.topPrivateDomain().toString();
      }
      return host;
    } catch (IllegalArgumentException | IllegalStateException e) {
      return host;
    }
  }

  /** The outlet of an article: the site's own name when it gives one, else the URL's registrable domain. */
  public static String outlet(String siteName, String url) {
    if (siteName != null && !siteName.isBlank()) {
      return siteName.strip();
    }
    return registrableDomain(url);
  }
}
