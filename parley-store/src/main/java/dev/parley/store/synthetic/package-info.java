/** Made-up analysed articles for the store's benchmark and crash tests. */
package dev.parley.store.synthetic;
