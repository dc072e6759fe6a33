package dev.parley.core.eval.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a PETRARCH validation file ({@code PETR.UnitTest.records.xml}): its {@code <Sentence>} records
 * with their {@code <EventCoding>} expectations. Records that test error handling
 * ({@code <EventCoding error=...>}) or are not sentences are left out and counted.
 */
public final class PetrarchRecords {
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** The records read, and how many were left out. */
  public record Result(List<PetrarchRecord> records, int skipped) {
    public Result {
      records = List.copyOf(records);
    }
  }

  private PetrarchRecords() {}

  public static Result read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder b = f.newDocumentBuilder();
      return parse(b.parse(in), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalArgumentException(file + " is not a PETRARCH records file: " + e.getMessage(), e);
    }
  }

  private static Result parse(Document doc, Path file) {
    NodeList sentences = doc.getElementsByTagName("Sentence");
    List<PetrarchRecord> out = new ArrayList<>();
    int skipped = 0;
    for (int i = 0; i < sentences.getLength(); i++) {
      Element s = (Element) sentences.item(i);
      NodeList codings = s.getElementsByTagName("EventCoding");
      NodeList texts = s.getElementsByTagName("Text");
      boolean error = false;
      List<PetrarchRecord.Triple> expected = new ArrayList<>();
      for (int k = 0; k < codings.getLength(); k++) {
        Element c = (Element) codings.item(k);
        if (c.hasAttribute("error")) {
          error = true;
        } else if (c.hasAttribute("eventcode")) {
          expected.add(new PetrarchRecord.Triple(code(c, "sourcecode"), code(c, "targetcode"), code(c, "eventcode")));
        }
      }
      if (error || texts.getLength() == 0 || "false".equalsIgnoreCase(s.getAttribute("sentence"))) {
        skipped++;
        continue;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(s.getAttribute("date").strip(), DATE);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(file + ": record " + s.getAttribute("id") + " has a bad date "
            + s.getAttribute("date"), e);
      }
      String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
      out.add(new PetrarchRecord(s.getAttribute("id"), s.getAttribute("category"), date, text, expected));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + " has no <Sentence> records to score");
    }
    return new Result(out, skipped);
  }

  private static String code(Element c, String attribute) {
    return c.getAttribute(attribute).replace("\"", "").strip().toUpperCase(Locale.ROOT);
  }
}
