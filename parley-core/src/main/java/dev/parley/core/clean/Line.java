package dev.parley.core.clean;

/** A line of a text: {@code [start, end)} without its line break. */
record Line(int start, int end) {
  Line {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad line " + start + ".." + end);
    }
  }

  boolean isEmpty() {
    return start == end;
  }

  static java.util.List<Line> split(String text) {
    java.util.List<Line> lines = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        lines.add(new Line(start, i));
        start = i + 1;
      }
    }
    return lines;
  }
}
