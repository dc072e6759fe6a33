/**
 * Main-content extraction from HTML pages: the article body without navigation, ads, related links
 * and comments, plus the page's metadata (title, canonical URL, site name, date, author) from
 * {@code <meta>}, OpenGraph and schema.org JSON-LD.
 *
 * <p>{@link dev.parley.core.extract.HtmlExtractor} is the entry point. Its steps, each a small
 * package-private class: {@code DomCleaner} drops furniture by tag, ARIA role, hidden state and
 * class/id vocabulary; {@code ContentScorer} and {@code ContentRoot} pick the container that holds
 * the most prose (Readability's scoring, plus joining same-class sections and sibling blocks);
 * {@code ConditionalCleaner} drops link lists, image strips and figures inside it; {@code
 * ParagraphCollector} emits one whitespace-normalised paragraph per block and drops furniture lines
 * ("Advertisement", "Read more", bylines, credits, lead-ins to related links). {@code
 * MetadataExtractor}, {@code JsonLd} and {@code DateParser} read the metadata. Every vocabulary and
 * threshold lives in {@code boilerplate.json} beside these classes ({@link
 * dev.parley.core.extract.BoilerplateRules}), validated when loaded. No rule names a site.
 */
package dev.parley.core.extract;
