/**
 * Exports of the store: events as GDELT 2.0 event rows, CSV or JSON lines, and claim provenance as
 * W3C PROV in JSON-LD.
 */
package dev.parley.store.export;
