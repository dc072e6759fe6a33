/** The analysis contract ({@code parley.analysis/1}) as JSON: field names fixed, shared by every adapter. */
package dev.parley.core.json;
