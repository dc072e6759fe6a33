package dev.parley.core.events;

import java.util.List;
import java.util.Objects;

/**
 * One verb of a PETRARCH verb dictionary block: {@code MEET {MEETS MET MEETING}} or a phrasal verb
 * {@code +MEET_WITH}.
 *
 * @param verb the verb itself, upper case ({@code MEET})
 * @param words the other words of a phrasal verb ({@code WITH}), empty for a plain verb
 * @param forms the irregular forms listed in braces, upper case
 * @param block the block's name
 * @param code the verb's own code, or the block's; null when neither gives one ({@code [---]})
 * @param paired the code of the reverse event ({@code [042:043]}), or null
 * @param line the line in the file
 */
public record VerbEntry(String verb, List<String> words, List<String> forms, String block, String code,
    String paired, int line) {
  public VerbEntry {
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(block, "block");
    words = List.copyOf(words);
    forms = List.copyOf(forms);
  }
}
