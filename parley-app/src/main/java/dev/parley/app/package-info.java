/** The {@code parley} command line: one exit-code table, results on stdout, messages on stderr. */
package dev.parley.app;
