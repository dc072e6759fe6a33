package dev.parley.core.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads attributions from brat standoff ({@code .ann}) as PolNeAR writes them: text-bound annotations
 * {@code T<n> TYPE START END[;START END...]<TAB>text} and events {@code E<n> Attribution:T<a> Source:T<s>
 * Cue:T<c> Content:T<t>} (also {@code Attribution-no-source}). Other lines (notes, {@code Discard},
 * {@code Discuss}, and the continuation lines of a span text that holds a line break) are skipped, and so is an
 * event without a cue (an unfinished annotation). An event that points at a missing annotation is a corrupt
 * file and fails the read.
 */
public final class BratAttributions {
  private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\t(\\S+) ([0-9; ]+)\t");
  private static final Pattern EVENT = Pattern.compile("^(E\\d+)\t(.*)$");

  private BratAttributions() {}

  public static List<GoldAttribution> read(Path ann) throws IOException {
    return parse(ann.toString(), Files.readAllLines(ann, StandardCharsets.UTF_8));
  }

  static List<GoldAttribution> parse(String source, List<String> lines) {
    Map<String, List<int[]>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : lines) {
      Matcher t = TEXT_BOUND.matcher(line);
      if (t.find()) {
        spans.put(t.group(1), ranges(source, t.group(3)));
        continue;
      }
      Matcher e = EVENT.matcher(line);
      if (e.find()) {
        events.add(new String[] {e.group(1), e.group(2)});
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (String[] e : events) {
      List<int[]> src = new ArrayList<>();
      List<int[]> cue = new ArrayList<>();
      List<int[]> content = new ArrayList<>();
      String[] args = e[1].trim().split("\\s+");
      if (!args[0].startsWith("Attribution")) {
        continue;
      }
      for (int i = 1; i < args.length; i++) {
        int colon = args[i].indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = args[i].substring(0, colon).replaceAll("\\d+$", "");
        List<int[]> r = spans.get(args[i].substring(colon + 1));
        if (r == null) {
          throw new IllegalArgumentException(source + ": " + e[0] + " points at a missing " + args[i]);
        }
        switch (role) {
          case "Source" -> src.addAll(r);
          case "Cue" -> cue.addAll(r);
          case "Content" -> content.addAll(r);
          default -> { }
        }
      }
      if (cue.isEmpty()) {
        continue; // an unfinished annotation (36 in PolNeAR's train and dev): nothing to score against
      }
      out.add(new GoldAttribution(e[0], src, cue, content));
    }
    return out;
  }

  private static List<int[]> ranges(String source, String spec) {
    List<int[]> out = new ArrayList<>();
    for (String piece : spec.trim().split(";")) {
      String[] se = piece.trim().split(" ");
      int start = Integer.parseInt(se[0]);
      int end = Integer.parseInt(se[1]);
      if (end < start) {
        throw new IllegalArgumentException(source + ": bad range " + piece);
      }
      out.add(new int[] {start, end});
    }
    return out;
  }
}
