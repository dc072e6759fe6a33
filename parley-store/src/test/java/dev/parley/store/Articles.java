package dev.parley.store;

import dev.parley.core.actors.Actor;
import dev.parley.core.actors.ActorKind;
import dev.parley.core.actors.Span;
import dev.parley.core.article.Article;
import dev.parley.core.article.MappedText;
import dev.parley.core.article.Repairs;
import dev.parley.core.claims.ChainLink;
import dev.parley.core.claims.Claim;
import dev.parley.core.claims.Speaker;
import dev.parley.core.dictionary.CameoEvent;
import dev.parley.core.dictionary.CameoEvents;
import dev.parley.core.events.Evidence;
import dev.parley.core.events.Event;
import dev.parley.core.events.Modality;
import dev.parley.core.nlp.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made analysed articles for the store's tests. */
final class Articles {
  private Articles() {}

  static Builder article(String url, String outlet, String published, String title, String text) {
    return new Builder(url, outlet, published == null ? null : LocalDate.parse(published), title, text);
  }

  static final class Builder {
    private final String url;
    private final String outlet;
    private final LocalDate published;
    private final String title;
    private final String text;
    private String input;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    Builder(String url, String outlet, LocalDate published, String title, String text) {
      this.url = url;
      this.outlet = outlet;
      this.published = published;
      this.title = title;
      this.text = text;
      this.input = url == null ? "test-input" : url;
    }

    Builder input(String in) {
      this.input = in;
      return this;
    }

    /** An actor, its mentions wherever its name or an alias occurs in the text. */
    Builder actor(String id, String name, ActorKind kind, String country, String cameo, String... aliases) {
      List<Span> spans = new ArrayList<>();
      List<String> forms = new ArrayList<>(List.of(aliases));
      forms.add(0, name);
      for (String f : forms) {
        for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
          spans.add(new Span(i, i + f.length()));
        }
      }
      actors.add(new Actor(id, name, kind, country, cameo, List.of(), List.of(aliases),
          spans.stream().sorted().distinct().toList()));
      return this;
    }

    /** An event read from the sentence containing {@code evidence}. */
    Builder event(String id, String code, String source, String target, String date, String claim, String evidence) {
      CameoEvent c = CameoEvents.bundled().get(code).orElseThrow();
      int start = Math.max(0, text.indexOf(evidence));
      events.add(new Event(id, code, c.root(), c.quadClass(), c.goldstein().orElse(0), source, target,
          target == null ? List.of(source) : List.of(source, target), null,
          date == null ? null : DateRange.day(LocalDate.parse(date)), Modality.ASSERTED,
          new Evidence(start, start + evidence.length(), evidence), claim, List.of()));
      return this;
    }

    Builder eventAt(String id, String code, String source, String target, String location) {
      CameoEvent c = CameoEvents.bundled().get(code).orElseThrow();
      events.add(new Event(id, code, c.root(), c.quadClass(), c.goldstein().orElse(0), source, target, List.of(source),
          location, null, Modality.ASSERTED, new Evidence(0, 10, text.substring(0, 10)), null, List.of()));
      return this;
    }

    /** A claim; the chain runs from the publisher (this outlet) through {@code via} to the speaker. */
    Builder claim(String id, String claimText, String speakerActor, String speaker, boolean anonymous, ChainLink... via) {
      int start = Math.max(0, text.indexOf(claimText));
      List<ChainLink> chain = new ArrayList<>();
      chain.add(new ChainLink(outlet, ChainLink.Kind.PUBLISHER));
      chain.addAll(List.of(via));
      chain.add(new ChainLink(speaker, anonymous ? ChainLink.Kind.ANONYMOUS : ChainLink.Kind.PERSON));
      claims.add(new Claim(id, claimText, new Span(start, start + claimText.length()), true,
          new Speaker(speakerActor, speaker, anonymous, null), chain, "said", null, false, null));
      return this;
    }

    Article build() {
      String id = Integer.toHexString((url + "|" + title + "|" + text).hashCode()) + Integer.toHexString(text.length());
      return new Article(input, id, url, outlet, published, title, null, null, text, MappedText.identity(text),
          Repairs.none(), null, null, actors, events, claims);
    }
  }

  static ChainLink outlet(String name) {
    return new ChainLink(name, ChainLink.Kind.OUTLET);
  }
}
