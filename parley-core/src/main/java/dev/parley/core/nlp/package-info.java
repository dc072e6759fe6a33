/**
 * The linguistic layer in the core's own types: tokens, sentences, dependencies, entity mentions, time
 * expressions and coreference chains over one annotated text, and the {@link dev.parley.core.nlp.NlpAnnotator}
 * interface that fills them. JDK only: a parser module (CoreNLP today) implements the interface, so later
 * stages never see a parser's types. All offsets are UTF-16 units into the annotated text; token indexes
 * are document-level and end indexes are exclusive.
 */
package dev.parley.core.nlp;
