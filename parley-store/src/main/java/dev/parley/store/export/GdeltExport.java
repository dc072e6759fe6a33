package dev.parley.store.export;

import dev.parley.core.dictionary.CameoLabels;
import dev.parley.core.dictionary.Countries;
import dev.parley.core.dictionary.Country;
import dev.parley.store.IncidentRow;
import dev.parley.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes incidents as GDELT 2.0 event rows: 61 tab-separated columns, no header, one row per incident
 * (every report of one event), as GDELT has one row per event with its mention counts.
 *
 * <p>Columns Parley fills differently from GDELT, or leaves empty:
 * <ul>
 *   <li>NumMentions = reports of the incident; NumArticles = articles; <b>NumSources = independent
 *       origins</b> (copies collapsed, relays followed to their first named origin), where GDELT counts
 *       articles again.</li>
 *   <li>AvgTone is empty: Parley does not score tone.</li>
 *   <li>Geo columns: country level (type 1) with the FIPS 10-4 code where the place or actor is a
 *       country; a place inside a known country is type 4 (3 in the United States) with the country's
 *       FIPS code; latitude, longitude, ADM2 and GeoNames feature ids are empty (no gazetteer with
 *       coordinates is bundled). Actor geo is the actor's own place when the actor is a country or place.</li>
 *   <li>Ethnic and religion codes are empty.</li>
 * </ul>
 */
public final class GdeltExport {
  /** GDELT 2.0's event table has this many columns. */
  public static final int COLUMNS = 61;
  private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final Countries countries;
  private final CameoLabels labels;
  private final Set<String> countryNames;

  GdeltExport(Countries countries, CameoLabels labels, Set<String> countryNames) {
    this.countries = countries;
    this.labels = labels;
    this.countryNames = countryNames;
  }

  /** Writes every incident of the store; returns how many rows. */
  public static long write(Store store, PrintWriter out) {
    GdeltExport g = new GdeltExport(Countries.bundled(), CameoLabels.bundled(), store.countryNames());
    long[] n = {0};
    store.forEachIncident(i -> {
      out.print(String.join("\t", g.row(i)));
      out.print('\n');
      n[0]++;
    });
    out.flush();
    return n[0];
  }

  /** The 61 columns of one incident. */
  List<String> row(IncidentRow i) {
    List<String> c = new ArrayList<>(COLUMNS);
    LocalDate day = i.day() != null ? i.day() : (i.added() == null ? LocalDate.now(ZoneOffset.UTC)
        : i.added().atZone(ZoneOffset.UTC).toLocalDate());
    c.add(Long.toString(i.id()));
    c.add(day.format(SQLDATE));
    c.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
    c.add(Integer.toString(day.getYear()));
    c.add(String.format(Locale.ROOT, "%.4f", day.getYear() + ((day.getMonthValue() - 1) * 30 + day.getDayOfMonth()) / 365.0));
    actor(c, i.source());
    actor(c, i.target());
    c.add(i.leadEvent() ? "1" : "0");
    c.add(i.code());
    c.add(i.baseCode());
    c.add(i.root());
    c.add(Integer.toString(i.quad()));
    c.add(number(i.goldstein()));
    c.add(Integer.toString(i.reports()));
    c.add(Integer.toString(i.independent()));
    c.add(Integer.toString(i.articles()));
    c.add(""); // AvgTone: not scored
    geo(c, actorPlace(i.source()));
    geo(c, actorPlace(i.target()));
    geo(c, place(i.location()));
    c.add(i.added() == null ? "" : ADDED.format(i.added()));
    c.add(i.url() == null ? "" : i.url());
    if (c.size() != COLUMNS) {
      throw new IllegalStateException("a GDELT row has " + COLUMNS + " columns, this one " + c.size());
    }
    return c.stream().map(GdeltExport::clean).toList();
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(v);
  }

  /** Code, name, country, known group, ethnic, religion 1 and 2, types 1 to 3. */
  private void actor(List<String> c, IncidentRow.ActorRef a) {
    if (a == null) {
      c.addAll(Arrays.asList("", "", "", "", "", "", "", "", "", ""));
      return;
    }
    String code = a.cameo() != null ? a.cameo() : (a.country() != null ? a.country() : "");
    String country = "";
    String group = "";
    List<String> types = new ArrayList<>();
    for (int p = 0; p + 3 <= code.length(); p += 3) {
      String block = code.substring(p, p + 3);
      if (p == 0 && countries.cameoLabel(block).isPresent()) {
        country = block;
      } else if (labels.typeLabel(block).isPresent()) {
        types.add(block);
      } else if (group.isEmpty() && labels.groupLabel(block).isPresent()) {
        group = block;
      }
    }
    if (country.isEmpty() && a.country() != null) {
      country = a.country();
    }
    c.add(code);
    c.add(a.name().toUpperCase(Locale.ROOT));
    c.add(country);
    c.add(group);
    c.add("");
    c.add("");
    c.add("");
    for (int t = 0; t < 3; t++) {
      c.add(t < types.size() ? types.get(t) : "");
    }
  }

  /** A place for the geo columns: GDELT's type, full name and country. */
  record Place(int type, String fullName, Country country) {}

  private Place actorPlace(IncidentRow.ActorRef a) {
    if (a == null || a.country() == null) {
      return null;
    }
    Optional<Country> country = countries.byIso3(a.country());
    if (country.isEmpty()) {
      return null;
    }
    return switch (a.kind()) {
      case "COUNTRY" -> new Place(1, country.get().name(), country.get());
      case "LOCATION" -> new Place(a.country().equals("USA") ? 3 : 4, a.name() + ", " + country.get().name(), country.get());
      default -> null;
    };
  }

  Place place(String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    Optional<Country> country = countries.iso3ForName(location).flatMap(countries::byIso3);
    if (country.isEmpty()) {
      return null;
    }
    boolean isCountry = countryNames.contains(key(location)) || key(country.get().name()).equals(key(location));
    if (isCountry) {
      return new Place(1, country.get().name(), country.get());
    }
    return new Place(country.get().iso3().equals("USA") ? 3 : 4, location.strip() + ", " + country.get().name(), country.get());
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Type, full name, country, ADM1, ADM2, lat, long, feature id. */
  private static void geo(List<String> c, Place p) {
    if (p == null || p.country().fips().isEmpty()) {
      c.addAll(Arrays.asList("0", "", "", "", "", "", "", ""));
      return;
    }
    String fips = p.country().fips();
    c.add(Integer.toString(p.type()));
    c.add(p.fullName());
    c.add(fips);
    c.add(p.type() == 1 ? fips : "");
    c.add("");
    c.add("");
    c.add("");
    c.add(p.type() == 1 ? fips : "");
  }
}
