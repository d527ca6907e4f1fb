/**
 * What the stores of every aggregate share: ids, times and version checks ({@code Records},
 * {@code Times}), keyset paging ({@code Cursor}, {@code Queries}), events sent once the transaction
 * commits, field checks that collect every error of a draft, text folding for search keys, the
 * mapped superclass of tracked records, the installation's settings table, and the core
 * configuration (PID {@code org.atriumcrm.core}). Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.support;
