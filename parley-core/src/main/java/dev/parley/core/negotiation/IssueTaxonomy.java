package dev.parley.core.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The issues negotiations are about ({@code issues.tsv}): each recognised in a passage when one of its
 * anchor terms and one of its context terms both occur there, so that "NATO" alone is no issue but
 * "barred from joining NATO" is alliance membership.
 */
public final class IssueTaxonomy {
  private static final IssueTaxonomy BUNDLED = load("issues.tsv");
  private final List<Definition> issues;

  private IssueTaxonomy(List<Definition> issues) {
    this.issues = List.copyOf(issues);
  }

  public static IssueTaxonomy bundled() {
    return BUNDLED;
  }

  static IssueTaxonomy load(String resource) {
    List<Definition> issues = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (String[] f : CueTable.rows(resource, 4)) {
      String id = f[0].strip();
      if (!id.matches("[a-z][a-z0-9-]*") || !ids.add(id)) {
        throw new IllegalStateException(resource + ": bad or repeated issue id '" + id + "'");
      }
      issues.add(new Definition(id, f[1].strip(), Terms.parse(f[2], resource + " " + id + " anchors"),
          Terms.parse(f[3], resource + " " + id + " context")));
    }
    return new IssueTaxonomy(issues);
  }

  /** The ids of the issues, in file order. */
  public List<String> ids() {
    return issues.stream().map(Definition::id).toList();
  }

  /** The label of an issue id. */
  public String label(String id) {
    return issues.stream().filter(d -> d.id().equals(id)).findFirst().map(Definition::label)
        .orElseThrow(() -> new IllegalArgumentException("unknown issue " + id));
  }

  /** The issues a passage is about, in taxonomy order. */
  public List<String> issuesIn(String passage) {
    Terms.Words words = Terms.words(passage);
    List<String> found = new ArrayList<>();
    for (Definition d : issues) {
      if (d.anchors().occursIn(words) && d.context().occursIn(words)) {
        found.add(d.id());
      }
    }
    return found;
  }

  record Definition(String id, String label, Terms anchors, Terms context) {}
}
