/**
 * What goes when a client goes, merged or deleted, in core and in modules: everything a deleted
 * client holds in core's other aggregates ({@code ClientHoldings}), the journal of removals and what
 * each module applied of it ({@code RemovalJournal}), and the modules' participants, called in the
 * transaction of each merge and deletion and caught up with those they missed while absent
 * ({@code ModuleParticipants}). Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.removal;
