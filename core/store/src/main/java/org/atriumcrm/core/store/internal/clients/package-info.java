/**
 * Clients: the client entity with its phones, addresses, contacts and legal entities, its status
 * history, {@code JpaClientService} (create, update, delete, find, match, merge), and the checks a
 * draft passes before it is stored (channels, contacts, legal entities).
 * Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.clients;
