/**
 * Scale-out ingest on Apache Flink. Reading and analysing (97% of the time, mostly the language models)
 * run in parallel task slots, on one machine or a cluster; storing runs in one writer slot, because the
 * store's near-duplicate index and search index are kept by one writer and ingest is idempotent, so a
 * task restarted after a failure stores nothing twice.
 */
package dev.parley.flink;
