package dev.parley.core.eval.petrarch;

import dev.parley.core.dictionary.ActorDictionary;
import dev.parley.core.dictionary.ActorMatch;
import dev.parley.core.dictionary.AgentDictionary;
import dev.parley.core.dictionary.AgentEntry;
import dev.parley.core.dictionary.AgentMatch;
import dev.parley.core.events.ActorLookup;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Actors of a sentence by the PETRARCH dictionaries, as the event coder looks them up: every token of an
 * actor phrase carries the actor's code ({@code ARN}); an agent phrase ("Deputy Prime Minister") joins
 * the actor just before it ("Dagolath's") into one code ({@code DAGGOV}), else stays uncoded. The actor
 * id is the code itself, as PETRARCH writes events.
 */
final class DictionaryActors implements ActorLookup {
  /** How far before an agent its actor may stand ("Dagolath's first Deputy Prime Minister"). */
  private static final int AGENT_REACH = 5;

  private final String[] codes;

  DictionaryActors(NlpDocument doc, ActorDictionary actors, AgentDictionary agents, LocalDate date) {
    codes = new String[doc.tokens().size()];
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = doc.tokensOf(s);
      List<String> words = new ArrayList<>(tokens.size());
      tokens.forEach(t -> words.add(t.word()));
      List<ActorMatch> found = actors.findAll(words);
      for (ActorMatch m : found) {
        String code = m.codeOn(date);
        for (int i = m.start(); i < m.end(); i++) {
          codes[s.firstToken() + i] = code;
        }
      }
      for (AgentMatch g : agents.findAll(words)) {
        ActorMatch owner = null;
        for (ActorMatch m : found) {
          if (m.end() <= g.start() && g.start() - m.end() <= AGENT_REACH) {
            owner = m;
          }
        }
        if (owner == null || codes[s.firstToken() + g.start()] != null) {
          continue;
        }
        String actor = owner.codeOn(date);
        String code = g.entry().placement() == AgentEntry.Placement.AFTER_ACTOR ? actor + g.code() : g.code() + actor;
        for (int i = owner.start(); i < g.end(); i++) {
          codes[s.firstToken() + i] = code;
        }
      }
    }
  }

  @Override
  public String actorAt(int token) {
    return token >= 0 && token < codes.length ? codes[token] : null;
  }

  @Override
  public boolean isPlace(String actor) {
    return false;
  }

  @Override
  public boolean isMedia(String actor) {
    return actor.endsWith("MED");
  }
}
