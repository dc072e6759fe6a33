package dev.parley.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where Parley's own files are: the checkout the launcher runs from. */
final class Home {
  private Home() {}

  /** The {@code parley.home} system property set by the launcher, else the working directory. */
  static Path dir() {
    String h = System.getProperty("parley.home");
    return Path.of(h != null && !h.isBlank() ? h : ".").toAbsolutePath().normalize();
  }

  static Path demoCorpus() {
    return dir().resolve("corpus");
  }

  static boolean exists(Path p) {
    return Files.exists(p);
  }
}
