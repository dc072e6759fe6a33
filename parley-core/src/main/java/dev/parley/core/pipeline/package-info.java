/**
 * The pipeline: a draft becomes an {@link dev.parley.core.article.Article}, then passes through
 * stages in a fixed order, each declaring the layers it needs and gives; {@link
 * dev.parley.core.pipeline.Parley} is the one facade the CLI, the API and batch jobs call.
 */
package dev.parley.core.pipeline;
