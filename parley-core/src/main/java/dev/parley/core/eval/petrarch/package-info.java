/**
 * The PETRARCH validation suite as a yardstick for event coding: its unit-test records (sentences with
 * the events PETRARCH should code, in a fictional world with its own actor, agent, verb and discard
 * dictionaries), a lookup of those actors, and a scorer of source, target and code per sentence.
 */
package dev.parley.core.eval.petrarch;
