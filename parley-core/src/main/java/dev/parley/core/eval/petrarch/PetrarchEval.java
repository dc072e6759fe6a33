package dev.parley.core.eval.petrarch;

import dev.parley.core.dictionary.ActorDictionary;
import dev.parley.core.dictionary.AgentDictionary;
import dev.parley.core.eval.Prf;
import dev.parley.core.events.Coding;
import dev.parley.core.events.EventCoder;
import dev.parley.core.events.Markers;
import dev.parley.core.events.VerbDictionary;
import dev.parley.core.nlp.NlpAnnotator;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Codes every record of a PETRARCH validation file with Parley's event coder, on its dictionaries (the
 * fictional world's actors, agents, verbs and discards beside the records file), and scores it against
 * the expected events: events as (source, target, code) triples with precision, recall and F1; and per
 * sentence whether the codes, the sources, the targets and the whole set are right (accuracies, written
 * as a {@link Prf} whose three values are equal). Paired codes ({@code [042:043]}) give the reverse
 * event too, as PETRARCH does. The sentences are parsed by the given annotator, not from the records'
 * treebank parses.
 */
public final class PetrarchEval {
  private final ActorDictionary actors;
  private final AgentDictionary agents;
  private final EventCoder coder;
  private final List<String> discards;

  PetrarchEval(ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs, List<String> discards) {
    this.actors = actors;
    this.agents = agents;
    this.coder = new EventCoder(verbs, Markers.bundled());
    this.discards = List.copyOf(discards);
  }

  /** The evaluation with the {@code PETR.Validate.*} dictionaries in a folder. */
  public static PetrarchEval withDictionariesIn(Path dir) {
    return new PetrarchEval(
        ActorDictionary.fromLines("PETR.Validate.actors.txt", lines(dir.resolve("PETR.Validate.actors.txt"))),
        AgentDictionary.fromLines("PETR.Validate.agents.txt", lines(dir.resolve("PETR.Validate.agents.txt"))),
        VerbDictionary.read(dir.resolve("PETR.Validate.verbs.txt")),
        discards(lines(dir.resolve("PETR.Validate.discards.txt"))));
  }

  /** The scores and the records coded wrongly. */
  public record Report(Map<String, Prf> measures, int records, List<String> wrong) {
    public Report {
      measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
      wrong = List.copyOf(wrong);
    }
  }

  public Report run(List<PetrarchRecord> records, NlpAnnotator annotator, IntConsumer progress) {
    Prf events = new Prf(0, 0, 0, 0);
    int[] right = new int[4];
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      PetrarchRecord r = records.get(i);
      List<PetrarchRecord.Triple> got = code(r, annotator);
      events = events.plus(match(r.expected(), got));
      boolean codes = keys(r.expected(), 2).equals(keys(got, 2));
      boolean sources = keys(r.expected(), 0).equals(keys(got, 0));
      boolean targets = keys(r.expected(), 1).equals(keys(got, 1));
      boolean all = keys(r.expected(), 3).equals(keys(got, 3));
      right[0] += codes ? 1 : 0;
      right[1] += sources ? 1 : 0;
      right[2] += targets ? 1 : 0;
      right[3] += all ? 1 : 0;
      if (!all) {
        wrong.add(r.id() + ": expected " + r.expected() + ", coded " + got + " | " + r.text());
      }
      progress.accept(i + 1);
    }
    int n = records.size();
    Map<String, Prf> m = new LinkedHashMap<>();
    m.put("events", events);
    m.put("sentence.code", Prf.of(right[0], n, n));
    m.put("sentence.source", Prf.of(right[1], n, n));
    m.put("sentence.target", Prf.of(right[2], n, n));
    m.put("sentence.all", Prf.of(right[3], n, n));
    return new Report(m, n, wrong);
  }

  /** The events Parley codes for one record (none for a discarded sentence). */
  List<PetrarchRecord.Triple> code(PetrarchRecord r, NlpAnnotator annotator) {
    String upper = " " + r.text().toUpperCase(Locale.ROOT) + " ";
    for (String d : discards) {
      if (upper.contains(" " + d + " ")) {
        return List.of();
      }
    }
    NlpDocument doc = annotator.annotate(r.text(), r.date());
    DictionaryActors lookup = new DictionaryActors(doc, actors, agents, r.date());
    List<PetrarchRecord.Triple> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Coding c : coder.code(doc, s, lookup, r.date())) {
        if (c.source() == null || c.target() == null) {
          continue;
        }
        add(out, new PetrarchRecord.Triple(c.source(), c.target(), c.code()));
        if (c.paired() != null) {
          add(out, new PetrarchRecord.Triple(c.target(), c.source(), c.paired()));
        }
      }
    }
    return out;
  }

  private static void add(List<PetrarchRecord.Triple> out, PetrarchRecord.Triple t) {
    if (!out.contains(t)) {
      out.add(t);
    }
  }

  private static Prf match(List<PetrarchRecord.Triple> expected, List<PetrarchRecord.Triple> got) {
    List<PetrarchRecord.Triple> left = new ArrayList<>(expected);
    int tp = 0;
    for (PetrarchRecord.Triple t : got) {
      if (left.remove(t)) {
        tp++;
      }
    }
    return Prf.of(tp, got.size(), expected.size());
  }

  /** The multiset of one field (0 source, 1 target, 2 code, 3 the whole triple), as counts. */
  private static Map<String, Integer> keys(List<PetrarchRecord.Triple> ts, int field) {
    Map<String, Integer> out = new HashMap<>();
    for (PetrarchRecord.Triple t : ts) {
      String k = switch (field) {
        case 0 -> t.source();
        case 1 -> t.target();
        case 2 -> t.code();
        default -> t.toString();
      };
      out.merge(k, 1, Integer::sum);
    }
    return out;
  }

  /** The sentence-level discard phrases (story-level ones, marked {@code +}, too: a record is a story). */
  static List<String> discards(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      String s = l.contains("#") ? l.substring(0, l.indexOf('#')) : l;
      s = s.strip();
      if (s.startsWith("+")) {
        s = s.substring(1).strip();
      }
      if (!s.isEmpty() && !s.startsWith("<")) {
        out.add(s.toUpperCase(Locale.ROOT).replace('_', ' '));
      }
    }
    return out;
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + " (the PETR.Validate.* dictionaries must be beside the"
          + " records file)", e);
    }
  }
}
