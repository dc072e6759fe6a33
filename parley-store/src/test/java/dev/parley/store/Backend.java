package dev.parley.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * The two databases every store test runs against. PostgreSQL is a throwaway cluster; where its
 * binaries are missing the PostgreSQL cases are skipped on a developer's machine and fail in CI
 * ({@code CI} set), where .ci/run installs them.
 */
enum Backend {
  H2,
  POSTGRESQL;

  /** A fresh, empty store location in {@code tmp}. */
  StoreLocation fresh(Path tmp) {
    if (this == H2) {
      return StoreLocation.embedded(tmp.resolve("data"));
    }
    TemporaryPostgres pg = TemporaryPostgres.shared();
    if (pg == null) {
      if (System.getenv("CI") != null) {
        fail("PostgreSQL is required in CI: " + TemporaryPostgres.whyMissing());
      }
      assumeTrue(false, "skipped: " + TemporaryPostgres.whyMissing());
    }
    return StoreLocation.server(pg.newDatabase(), tmp.resolve("data"));
  }
}
