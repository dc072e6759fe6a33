/**
 * The article model: immutable records for an article and its layers, the map from cleaned text back
 * to the text as read, and the repairs made on the way.
 */
package dev.parley.core.article;
