package dev.parley.core.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * One mention while a document is resolved: where it is, what it names and what its context says. A
 * working object of {@link ActorResolver}, filled in stages; it never leaves this package.
 */
final class Mention {
  /** Where a mention's country came from, strongest first. */
  enum Source {
    DICTIONARY,
    CONTEXT,
    PROPAGATED,
    NONE
  }

  final int start;
  final int end;
  final int firstToken;
  final int endToken;
  final String surface;
  ActorKind kind;
  /** What mentions of one actor share: "person:marco rubio", "country:USA", "org:kremlin" ... */
  String key;
  String name;
  String country;
  String cameo;
  Source countrySource = Source.NONE;
  /** Roles from titles and dictionaries, in order. */
  final List<String> roles = new ArrayList<>(1);
  /** The agent code of the first title, if any (GOV ...). */
  String agent;
  /** The title text before or after a person's name ("US Secretary of State"), an alias. */
  String titleAlias;
  /** The first token of the title before a person's name, or -1. */
  int prefixStart = -1;
  /** A person whose relative this person is ("Trump's son-in-law"), whose country is taken. */
  Mention relative;
  /** Whether the title before the name names no owner and no relative, so a list may give a country. */
  boolean listable;
  /** Whether the name has an appositive title after it ("Peskov, the Kremlin spokesman"). */
  boolean appositive;
  /** Whether an office holder row or a dictionary entry names this person (name and codes are settled). */
  boolean known;

  Mention(int start, int end, int firstToken, int endToken, String surface) {
    this.start = start;
    this.end = end;
    this.firstToken = firstToken;
    this.endToken = endToken;
    this.surface = surface;
  }

  boolean isPerson() {
    return kind == ActorKind.PERSON;
  }

  void setCountry(String iso3, Source source) {
    if (iso3 != null && source.ordinal() < countrySource.ordinal()) {
      country = iso3;
      countrySource = source;
    }
  }

  /** The first token where the mention with its title starts. */
  int contextStart() {
    return prefixStart >= 0 ? prefixStart : firstToken;
  }

  @Override
  public String toString() {
    return kind + " " + surface + " [" + start + "," + end + ") " + key + " " + country + " " + cameo;
  }
}
