package dev.parley.core.negotiation;

import dev.parley.core.events.Modality;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the channels of a negotiation ({@link Channel}) from its rounds and from what reports say about who is
 * left out, with the cues of {@code channels.tsv}.
 *
 * <ul>
 *   <li>Rounds with the same parties (participants less mediators) form one channel: bilateral for two parties,
 *       multilateral for more, mediated when a round has a mediator, proximity when a report of a round says so.
 *   <li>A sentence about talks or decisions ({@code talks}) that says a party of the negotiation is left out
 *       ({@code excluded}: "without Ukraine", "leaving Europe out") excludes it from the channel of the other
 *       parties it names; one that names a channel ({@code direct}: "negotiated directly between NATO member states
 *       and Russia") excludes the negotiation's parties it names outside that channel. A channel no round shows is
 *       added with the report as its source.
 * </ul>
 */
final class Channels {
  private static final List<String> GROUPS = List.of("talks", "excluded", "left-out", "direct", "mediated", "proximity", "host",
      "no-meeting");
  /** How many words before a left-out cue its party may be named ("Ukraine has been left out"). */
  static final int BEFORE_WORDS = 4;
  /** Words that may stand between an exclusion cue and its party ("without the Ukrainians", "behind the back of Kyiv"). */
  private static final Set<String> BETWEEN = Set.of("the", "its", "their", "a", "an", "any", "of");

  private final Map<String, Terms> cues;

  private Channels(Map<String, Terms> cues) {
    for (String g : GROUPS) {
      if (!cues.containsKey(g)) {
        throw new IllegalStateException("channels.tsv has no line " + g);
      }
    }
    this.cues = cues;
  }

  static Channels bundled() {
    return new Channels(CueTable.ordered("channels.tsv"));
  }

  /** The cues of one group of {@code channels.tsv}. */
  Terms cues(String group) {
    Terms t = cues.get(group);
    if (t == null) {
      throw new IllegalArgumentException("no cue group " + group);
    }
    return t;
  }

  /** A party named in a sentence, at an offset into it. */
  record Named(int at, String party) {}

  /** What one report says: these parties talk, those are left out. */
  record Exclusion(List<String> channel, List<String> excluded, Source source, Modality modality) {}

  /**
   * The exclusion a sentence reports, or null.
   *
   * @param named the parties named in it, by offset
   * @param parties the negotiation's parties (only they can be left out of it)
   */
  Exclusion exclusion(String text, List<Named> named, Collection<String> parties, Source source, Modality modality) {
    Terms.Words words = Terms.words(text);
    if (named.isEmpty() || !cues.get("talks").occursIn(words)) {
      return null;
    }
    int direct = cues.get("direct").firstAsserted(words);
    if (direct >= 0) {
      int at = words.starts().get(direct);
      Set<String> channel = new LinkedHashSet<>();
      named.stream().filter(n -> n.at() > at).forEach(n -> channel.add(n.party()));
      if (channel.size() < 2) {
        Named before = null;
        for (Named n : named) {
          if (n.at() < at && !channel.contains(n.party())) {
            before = n;
          }
        }
        if (before != null) {
          channel.add(before.party());
        }
      }
      Set<String> out = new LinkedHashSet<>();
      named.stream().map(Named::party).filter(p -> parties.contains(p) && !channel.contains(p)).forEach(out::add);
      return channel.size() < 2 || out.isEmpty() ? null
          : new Exclusion(List.copyOf(channel), List.copyOf(out), source, modality);
    }
    String left = leftOut(words, named);
    if (left == null || !parties.contains(left)) {
      return null;
    }
    Set<String> channel = new LinkedHashSet<>();
    named.stream().map(Named::party).filter(p -> !p.equals(left)).forEach(channel::add);
    return channel.isEmpty() ? null : new Exclusion(List.copyOf(channel), List.of(left), source, modality);
  }

  /**
   * The party an exclusion cue names: right after an {@code excluded} cue (only determiners between: "without
   * Ukraine", "without the Europeans"), else within {@value #BEFORE_WORDS} words before a {@code left-out} cue
   * ("Europe was sidelined"); or null.
   */
  private String leftOut(Terms.Words words, List<Named> named) {
    Terms after = cues.get("excluded");
    int cue = after.firstAsserted(words);
    if (cue >= 0) {
      int k = cue + after.lengthAt(words, cue);
      while (k < words.list().size() && BETWEEN.contains(words.list().get(k))) {
        k++;
      }
      if (k < words.list().size()) {
        int at = words.starts().get(k);
        for (Named n : named) {
          if (n.at() == at) {
            return n.party();
          }
        }
      }
    }
    Terms before = cues.get("left-out");
    cue = before.firstAsserted(words);
    if (cue < 0) {
      return null;
    }
    int from = words.starts().get(cue);
    int back = words.starts().get(Math.max(0, cue - BEFORE_WORDS));
    String found = null;
    for (Named n : named) {
      if (n.at() >= back && n.at() < from) {
        found = n.party();
      }
    }
    return found;
  }

  /** The channels of a negotiation: one per set of parties that meet, then those only reports name. */
  List<Channel> channels(List<Round> rounds, List<Exclusion> exclusions) {
    Map<Set<String>, Draft> drafts = new LinkedHashMap<>();
    for (int i = 0; i < rounds.size(); i++) {
      Round r = rounds.get(i);
      List<String> parties = r.participants().stream().filter(p -> !r.mediators().contains(p)).toList();
      if (parties.size() < 2) {
        continue;
      }
      Draft d = drafts.computeIfAbsent(new TreeSet<>(parties), k -> new Draft(parties));
      d.rounds.add(i);
      d.mediators.addAll(r.mediators());
      d.asserted |= r.modality() == Modality.ASSERTED;
      d.planned |= r.modality() == Modality.PLANNED;
      d.proximity |= r.sources().stream().anyMatch(s -> cues.get("proximity").firstAsserted(Terms.words(s.text())) >= 0);
    }
    for (Exclusion x : exclusions) {
      if (x.channel().size() >= 2) {
        Draft d = drafts.computeIfAbsent(new TreeSet<>(x.channel()), k -> new Draft(x.channel()));
        d.add(x);
      } else {
        for (Draft d : drafts.values()) {
          if (d.parties.containsAll(x.channel()) && !d.parties.contains(x.excluded().get(0)) && !d.rounds.isEmpty()) {
            d.add(x);
          }
        }
      }
    }
    List<Channel> out = new ArrayList<>();
    for (Draft d : drafts.values()) {
      out.add(d.channel(cues.get("proximity")));
    }
    return out;
  }

  private static final class Draft {
    final List<String> parties;
    final List<Integer> rounds = new ArrayList<>();
    final Set<String> mediators = new LinkedHashSet<>();
    final Set<String> excluded = new LinkedHashSet<>();
    final List<Source> sources = new ArrayList<>();
    Modality reported;
    boolean asserted;
    boolean planned;
    boolean proximity;

    Draft(List<String> parties) {
      this.parties = List.copyOf(new LinkedHashSet<>(parties));
    }

    void add(Exclusion x) {
      x.excluded().stream().filter(p -> !parties.contains(p)).forEach(excluded::add);
      sources.add(x.source());
      if (reported == null || x.modality() == Modality.ASSERTED) {
        reported = x.modality();
      }
    }

    Channel channel(Terms proximityCues) {
      boolean prox = proximity || sources.stream().anyMatch(s -> proximityCues.firstAsserted(Terms.words(s.text())) >= 0);
      String kind = prox ? "proximity" : !mediators.isEmpty() ? "mediated" : parties.size() == 2 ? "bilateral" : "multilateral";
      Modality modality = asserted ? Modality.ASSERTED : planned ? Modality.PLANNED
          : reported != null ? reported : Modality.ASSERTED;
      List<String> mediating = mediators.stream().filter(m -> !parties.contains(m)).toList();
      return new Channel(kind, parties, mediating, rounds, List.copyOf(excluded), modality, sources,
          IndependentSources.count(sources));
    }
  }
}
