/**
 * Parley's core: the article model and the stages an article flows through, from reading bytes to
 * a cleaned article. Depends on the JDK, jsoup, Jackson and Guava only; NLP, storage and servers live
 * in modules of their own behind the interfaces defined here.
 */
package dev.parley.core;
