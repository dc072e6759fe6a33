package dev.parley.app;

import dev.parley.store.Store;
import dev.parley.store.StoreLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store is: every command that reads or writes it shares these options. */
final class StoreMixin {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "parley-data",
      description = "The data folder: the embedded database and the search index (default: ./${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC-URL",
      description = "A PostgreSQL server instead of the embedded database, e.g. jdbc:postgresql://localhost:5432/parley"
          + " (user and password in the URL or in PGUSER / PGPASSWORD). The search index stays in --data.")
  String db;

  StoreLocation location() {
    return db == null ? StoreLocation.embedded(data) : StoreLocation.server(db, data);
  }

  Store open() {
    return Store.open(location());
  }
}
