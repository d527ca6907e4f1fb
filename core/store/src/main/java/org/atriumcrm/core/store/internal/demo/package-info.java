/**
 * The demo data: a few dozen clients from {@code demo/clients.tsv} with deals, calls and tasks,
 * loaded once into a new database unless the framework property {@code atrium.demo} is
 * {@code false}. Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.demo;
