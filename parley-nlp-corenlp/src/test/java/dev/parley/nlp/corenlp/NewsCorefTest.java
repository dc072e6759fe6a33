package dev.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.nlp.CorefChain;
import dev.parley.core.nlp.EntityMention;
import dev.parley.core.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NewsCorefTest {
  /** Tokens split on spaces; words in [brackets] get the type after the colon: "[Special Envoy:TITLE]". */
  private record Doc(String text, List<Token> tokens, List<EntityMention> entities) {
    static Doc of(String marked) {
      Matcher m = Pattern.compile("\\[([^\\]:]+):([A-Z_]+)\\]|(\\S+)").matcher(marked);
      StringBuilder text = new StringBuilder();
      List<Token> tokens = new ArrayList<>();
      List<EntityMention> entities = new ArrayList<>();
      while (m.find()) {
        String words = m.group(3) != null ? m.group(3) : m.group(1);
        String type = m.group(3) != null ? "O" : m.group(2);
        int first = tokens.size();
        int start = -1;
        for (String w : words.split(" ")) {
          if (text.length() > 0) {
            text.append(' ');
          }
          start = start < 0 ? text.length() : start;
          tokens.add(new Token(tokens.size(), text.length(), text.length() + w.length(), w, w, "NN", type));
          text.append(w);
        }
        if (!type.equals("O")) {
          entities.add(new EntityMention(start, text.length(), first, tokens.size(), type, text.substring(start)));
        }
      }
      return new Doc(text.toString(), tokens, entities);
    }

    List<List<String>> chains(List<CorefChain> chains) {
      return chains.stream()
          .map(c -> c.mentions().stream().map(x -> text.substring(x.start(), x.end())).toList())
          .toList();
    }
  }

  @Test
  void aSurnameAloneJoinsTheLastPersonNamedInFull() {
    Doc d = Doc.of("[Steve Witkoff:PERSON] met [Jared Kushner:PERSON] . Later [Witkoff:PERSON] left .");
    List<CorefChain> chains = NewsCoref.augment(d.tokens(), d.entities(), List.of());
    assertThat(d.chains(chains)).containsExactly(List.of("Steve Witkoff", "Witkoff"));
    assertThat(chains.get(0).representative()).isZero();
  }

  @Test
  void aFullNameRepeatedIsOneReferent() {
    Doc d = Doc.of("[Marco Rubio:PERSON] spoke . [Marco Rubio:PERSON] left .");
    assertThat(d.chains(NewsCoref.augment(d.tokens(), d.entities(), List.of())))
        .containsExactly(List.of("Marco Rubio", "Marco Rubio"));
  }

  @Test
  void theEnvoyIsTheLastPersonGivenThatTitle() {
    Doc d = Doc.of("[Special Envoy:TITLE] [Steve Witkoff:PERSON] and [Secretary of State:TITLE] [Marco Rubio:PERSON]"
        + " met . the envoy said the secretary agreed .");
    assertThat(d.chains(NewsCoref.augment(d.tokens(), d.entities(), List.of())))
        .containsExactly(List.of("Steve Witkoff", "the envoy"), List.of("Marco Rubio", "the secretary"));
  }

  @Test
  void aTitleWithoutAPersonLinksNothing() {
    Doc d = Doc.of("the [minister:TITLE] said the minister left .");
    assertThat(NewsCoref.augment(d.tokens(), d.entities(), List.of())).isEmpty();
  }

  @Test
  void chainsSharingAMentionMerge() {
    Doc d = Doc.of("[Steve Witkoff:PERSON] said he would go . [Witkoff:PERSON] went .");
    var he = new dev.parley.core.nlp.CorefMention(d.tokens().get(3).start(), d.tokens().get(3).end(), 3, 4);
    var full = new dev.parley.core.nlp.CorefMention(0, 13, 0, 2);
    List<CorefChain> chains = NewsCoref.augment(d.tokens(), d.entities(), List.of(new CorefChain(List.of(full, he), 0)));
    assertThat(d.chains(chains)).containsExactly(List.of("Steve Witkoff", "he", "Witkoff"));
  }

  @Test
  void theHeadOfATitleIsItsLastWordBeforeOf() {
    Doc d = Doc.of("[Secretary of State:TITLE] [Foreign Minister:TITLE]");
    assertThat(NewsCoref.head(d.tokens(), d.entities().get(0))).isEqualTo("secretary");
    assertThat(NewsCoref.head(d.tokens(), d.entities().get(1))).isEqualTo("minister");
  }
}
