/**
 * The API's load generator for {@code parley bench api}: a fixed number of clients send GET requests as
 * fast as answers come, for a fixed time, to a server on loopback, and the latencies are counted.
 */
package dev.parley.server.load;
