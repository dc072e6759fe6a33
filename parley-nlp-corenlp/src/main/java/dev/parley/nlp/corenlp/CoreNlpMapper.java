package dev.parley.nlp.corenlp;

import dev.parley.core.nlp.CorefChain;
import dev.parley.core.nlp.CorefMention;
import dev.parley.core.nlp.Dependency;
import dev.parley.core.nlp.EntityMention;
import dev.parley.core.nlp.NlpDocument;
import dev.parley.core.nlp.Sentence;
import dev.parley.core.nlp.TimeExpression;
import dev.parley.core.nlp.Token;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Maps a CoreNLP {@code Annotation} (any {@link CoreMap} with its layers) to the core's records. */
final class CoreNlpMapper {
  private CoreNlpMapper() {}

  static NlpDocument map(String text, CoreMap doc) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Integer> sentenceStarts = new ArrayList<>();
    for (CoreMap s : list(doc.get(CoreAnnotations.SentencesAnnotation.class))) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      int first = tokens.size();
      sentenceStarts.add(first); // coref numbers sentences from 1, empty ones included
      if (labels.isEmpty()) {
        continue;
      }
      for (CoreLabel l : labels) {
        tokens.add(token(tokens.size(), l));
      }
      int end = tokens.size();
      sentences.add(new Sentence(sentences.size(), tokens.get(first).start(), tokens.get(end - 1).end(),
          first, end, dependencies(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), first)));
    }
    List<CoreMap> mentions = list(doc.get(CoreAnnotations.MentionsAnnotation.class));
    return new NlpDocument(text, tokens, sentences, entities(text, tokens, mentions), times(text, mentions),
        chains(tokens, sentenceStarts, doc.get(CorefCoreAnnotations.CorefChainAnnotation.class)));
  }

  static Token token(int index, CoreLabel l) {
    String ner = l.ner() == null ? "O" : l.ner();
    String lemma = l.lemma() == null ? l.word() : l.lemma();
    String pos = l.tag() == null ? "" : l.tag();
    return new Token(index, l.beginPosition(), l.endPosition(), l.word(), lemma, pos, ner);
  }

  /** The basic (tree) dependencies, with sentence-relative 1-based indexes moved to document indexes. */
  static List<Dependency> dependencies(SemanticGraph graph, int firstToken) {
    if (graph == null) {
      return List.of();
    }
    List<Dependency> arcs = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      arcs.add(new Dependency(Dependency.ROOT, firstToken + root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      arcs.add(new Dependency(firstToken + e.getGovernor().index() - 1, firstToken + e.getDependent().index() - 1,
          e.getRelation().toString()));
    }
    arcs.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
    return arcs;
  }

  static List<EntityMention> entities(String text, List<Token> tokens, List<CoreMap> mentions) {
    List<EntityMention> out = new ArrayList<>();
    for (CoreMap m : mentions) {
      int first = m.get(CoreAnnotations.TokenBeginAnnotation.class);
      int end = m.get(CoreAnnotations.TokenEndAnnotation.class);
      String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      if (type == null || end <= first || end > tokens.size()) {
        continue;
      }
      int start = tokens.get(first).start();
      int stop = tokens.get(end - 1).end();
      out.add(new EntityMention(start, stop, first, end, type, text.substring(start, stop)));
    }
    out.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
    return out;
  }

  /** SUTime's results: the entity mentions that carry a TIMEX3 (the ner annotator fills no document-level list). */
  static List<TimeExpression> times(String text, List<CoreMap> mentions) {
    List<TimeExpression> out = new ArrayList<>();
    for (CoreMap m : mentions) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null) {
        continue;
      }
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String value = timex.value() != null ? timex.value() : timex.altVal() != null ? timex.altVal() : "";
      String type = timex.timexType() == null ? "" : timex.timexType();
      out.add(new TimeExpression(start, end, text.substring(start, end), type, value));
    }
    out.sort(Comparator.comparingInt(TimeExpression::start));
    return out;
  }

  static List<CorefChain> chains(List<Token> tokens, List<Integer> sentenceStarts,
      Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains) {
    if (chains == null) {
      return List.of();
    }
    List<CorefChain> out = new ArrayList<>();
    for (edu.stanford.nlp.coref.data.CorefChain chain : new TreeMap<>(chains).values()) {
      TreeMap<Long, CorefMention> ordered = new TreeMap<>();
      CorefMention rep = null;
      for (edu.stanford.nlp.coref.data.CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        int base = sentenceStarts.get(m.sentNum - 1);
        int first = base + m.startIndex - 1;
        int end = base + m.endIndex - 1;
        CorefMention cm = new CorefMention(tokens.get(first).start(), tokens.get(end - 1).end(), first, end);
        ordered.putIfAbsent(((long) cm.start() << 32) | cm.end(), cm);
        if (m.mentionID == chain.getRepresentativeMention().mentionID) {
          rep = cm;
        }
      }
      List<CorefMention> mentions = List.copyOf(ordered.values());
      if (mentions.size() >= 2) {
        out.add(new CorefChain(mentions, Math.max(0, mentions.indexOf(rep))));
      }
    }
    out.sort(Comparator.comparingInt(c -> c.mentions().get(0).start()));
    return out;
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }
}
