/** URLs and outlets: the registrable domain that names a publisher when it gives no name of its own. */
package dev.parley.core.web;
