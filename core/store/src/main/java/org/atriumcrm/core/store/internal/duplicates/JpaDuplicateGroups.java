package org.atriumcrm.core.store.internal.duplicates;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ClientMatch;
import org.atriumcrm.core.api.DuplicateGroup;
import org.atriumcrm.core.api.DuplicateGroups;
import org.atriumcrm.core.api.DuplicateQuery;
import org.atriumcrm.core.api.DuplicateScan;
import org.atriumcrm.core.api.DuplicateScanRunningException;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.quality.ClientMatching;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.CoreConfiguration;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.Records;
import org.atriumcrm.core.store.internal.support.Times;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DuplicateGroups} on the core persistence unit. Scans run on a thread of this component,
 * one at a time: daily at {@code duplicates.scan.hour} (server time) and on demand. A scan writes
 * its groups under its own id while the last finished scan's are listed, then one short
 * transaction makes its groups the listed ones.
 */
@Component(service = DuplicateGroups.class, immediate = true, configurationPid = CoreConfiguration.PID)
// the metatype of the whole PID, which several components of this bundle and core/quality's Normalizer read
@Designate(ocd = CoreConfiguration.class)
public class JpaDuplicateGroups implements DuplicateGroups {

    private static final Logger LOG = LoggerFactory.getLogger(JpaDuplicateGroups.class);
    private static final int DEFAULT_HOUR = 3;
    /** Groups stored per transaction at the end of a scan. */
    private static final int GROUPS_PER_WRITE = 200;
    private static final long STOP_WAIT_SECONDS = 30;

    private final JpaTemplate jpa;
    private final ClientMatching matching;
    private final ScheduledThreadPoolExecutor scanner = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "atrium-duplicate-scan");
        thread.setDaemon(true);
        return thread;
    });
    /** The scan under way, {@code null} when none runs; its progress as the walk goes. */
    private final AtomicReference<DuplicateScan> running = new AtomicReference<>();
    private final Object starting = new Object();
    /** Scans started before this are not this component's: a stop interrupted them. */
    private final LocalDateTime activatedAt = Records.now();
    private volatile boolean stopped;
    private ScheduledFuture<?> daily;
    private int hour;

    @Activate
    public JpaDuplicateGroups(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                              @Reference CoreSchema schema,
                              @Reference ClientMatching matching,
                              CoreConfiguration configuration) {
        this.jpa = jpa;
        this.matching = matching;
        // a delayed daily run must not hold the thread after deactivation
        scanner.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scanner.execute(this::closeInterruptedScans);
        configure(configuration);
    }

    @Modified
    synchronized void configure(CoreConfiguration configuration) {
        int configured = configuration.duplicates_scan_hour();
        if (configured < 0 || configured > 23) {
            LOG.warn("duplicates.scan.hour {} is not an hour of the day (0 to 23); the daily scan runs at {}", configured,
                    DEFAULT_HOUR);
            configured = DEFAULT_HOUR;
        }
        hour = configured;
        scheduleNextDailyScan();
    }

    @Deactivate
    void stop() throws InterruptedException {
        stopped = true;
        synchronized (this) {
            if (daily != null) {
                daily.cancel(false);
            }
        }
        // no interrupt: Derby may close the connection of an interrupted thread; the walk stops between batches
        scanner.shutdown();
        if (!scanner.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            LOG.warn("The duplicate scan did not stop within {} s", STOP_WAIT_SECONDS);
        }
    }

    private synchronized void scheduleNextDailyScan() {
        if (daily != null) {
            daily.cancel(false);
        }
        if (stopped) {
            return;
        }
        Duration delay = DailySchedule.untilNext(hour, ZonedDateTime.now());
        daily = scanner.schedule(() -> {
            try {
                scan();
            } catch (DuplicateScanRunningException alreadyRunning) {
                LOG.info("The daily duplicate scan is skipped: one started at {} is still running",
                        alreadyRunning.running().startedAt());
            } catch (RuntimeException e) {
                LOG.warn("The daily duplicate scan could not start", e);
            }
            scheduleNextDailyScan();
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public DuplicateScan scan() {
        synchronized (starting) {
            DuplicateScan current = running.get();
            if (current != null) {
                throw new DuplicateScanRunningException(current);
            }
            String scanId = Records.newId();
            LocalDateTime startedAt = Records.now();
            jpa.tx(TransactionType.Required, em -> DuplicateTables.startScan(em, scanId, startedAt));
            DuplicateScan started = new DuplicateScan(DuplicateScan.Status.RUNNING, Times.instant(startedAt), null, 0);
            running.set(started);
            try {
                scanner.execute(() -> runScan(scanId, started));
            } catch (RuntimeException notAccepted) {
                running.set(null);
                jpa.tx(TransactionType.Required, em -> DuplicateTables.endScan(em, scanId, DuplicateScan.Status.FAILED,
                        Records.now(), 0));
                throw notAccepted;
            }
            return started;
        }
    }

    @Override
    public DuplicateScan status() {
        DuplicateScan current = running.get();
        if (current != null) {
            return current;
        }
        return jpa.txExpr(TransactionType.Supports, em -> DuplicateTables.latest(em))
                .map(DuplicateTables.ScanRow::toScan).orElse(DuplicateScan.NEVER);
    }

    private void runScan(String scanId, DuplicateScan started) {
        long begun = System.nanoTime();
        long[] scanned = {0};
        try {
            DuplicateGrouping grouping = new DuplicateScanRun(jpa, matching, () -> stopped, count -> {
                scanned[0] = count;
                running.set(new DuplicateScan(DuplicateScan.Status.RUNNING, started.startedAt(), null, count));
            }).run();
            int groups = stopped ? 0 : writeGroups(scanId, grouping.groups());
            if (stopped) {
                LOG.info("The duplicate scan stopped with Atrium after {} clients; the groups of the scan before it stay listed",
                        scanned[0]);
                closeFailed(scanId, scanned[0]);
                return;
            }
            jpa.tx(TransactionType.Required, em -> {
                Optional<String> previous = DuplicateTables.listedScan(em);
                DuplicateTables.endScan(em, scanId, DuplicateScan.Status.DONE, Records.now(), scanned[0]);
                DuplicateTables.keepOnly(em, scanId, previous.orElse(null));
            });
            LOG.info("Duplicate scan: {} groups of {} pairs among {} clients in {} s", groups, grouping.pairCount(),
                    scanned[0], Duration.ofNanos(System.nanoTime() - begun).toSeconds());
        } catch (RuntimeException e) {
            LOG.warn("The duplicate scan failed after {} clients; the groups of the scan before it stay listed", scanned[0], e);
            closeFailed(scanId, scanned[0]);
        } finally {
            running.set(null);
        }
    }

    private int writeGroups(String scanId, List<DuplicateGrouping.Group> groups) {
        int written = 0;
        for (int from = 0; from < groups.size() && !stopped; from += GROUPS_PER_WRITE) {
            List<DuplicateGrouping.Group> chunk = groups.subList(from, Math.min(groups.size(), from + GROUPS_PER_WRITE));
            written += jpa.txExpr(TransactionType.Required, em -> DuplicateTables.insert(em, scanId, chunk));
        }
        return written;
    }

    private void closeFailed(String scanId, long scanned) {
        try {
            jpa.tx(TransactionType.Required, em -> {
                DuplicateTables.deleteGroups(em, scanId);
                DuplicateTables.endScan(em, scanId, DuplicateScan.Status.FAILED, Records.now(), scanned);
            });
        } catch (RuntimeException e) {
            LOG.warn("The failed duplicate scan {} is closed at the next start", scanId, e);
        }
    }

    /** Scans a stop interrupted are failed ones; their partial groups go. */
    private void closeInterruptedScans() {
        try {
            for (DuplicateTables.ScanRow scan : jpa.txExpr(TransactionType.Supports, DuplicateTables::running)) {
                if (scan.startedAt().isBefore(activatedAt)) {
                    closeFailed(scan.id(), scan.clientsScanned());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not close the duplicate scans an earlier stop interrupted", e);
        }
    }

    @Override
    public Page<DuplicateGroup> find(DuplicateQuery query) {
        Queries.checkLimit(query.limit());
        Cursor after = Cursor.decode(query.after(), DuplicateTables.ORDER);
        double afterScore = after == null ? 0 : DuplicateTables.scoreOf(after);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Optional<String> listed = DuplicateTables.listedScan(em);
            if (listed.isEmpty()) {
                return new Page<DuplicateGroup>(List.of(), null);
            }
            List<DuplicateTables.GroupRow> rows = DuplicateTables.page(em, listed.get(), query, after, afterScore);
            Map<String, DuplicateGroup> groups = groupsOf(em, rows.stream().map(DuplicateTables.GroupRow::id)
                    .limit(query.limit()).toList());
            Page<DuplicateTables.GroupRow> page = Queries.page(rows, query.limit(), row -> row, DuplicateTables::cursorAt);
            // a group whose last pair went between the two reads is left out
            return new Page<>(page.items().stream().map(row -> groups.get(row.id())).filter(group -> group != null).toList(),
                    page.next());
        });
    }

    /** The groups with their clients (by name) and the pairs left in them, by group id. */
    private static Map<String, DuplicateGroup> groupsOf(EntityManager em, List<String> groupIds) {
        Map<String, List<DuplicateTables.PairRow>> pairsOf = new LinkedHashMap<>();
        Set<String> clientIds = new LinkedHashSet<>();
        for (DuplicateTables.PairRow pair : DuplicateTables.pairs(em, groupIds)) {
            pairsOf.computeIfAbsent(pair.groupId(), id -> new ArrayList<>()).add(pair);
            clientIds.add(pair.a());
            clientIds.add(pair.b());
        }
        Map<String, String> names = MatchKeyTable.names(em, clientIds);
        Map<String, DuplicateGroup> groups = new LinkedHashMap<>();
        pairsOf.forEach((groupId, pairs) -> groups.put(groupId, toGroup(groupId, pairs, names)));
        return groups;
    }

    /** A group as it is now: score and decision of the pairs left, clients in the order of the best pairs. */
    private static DuplicateGroup toGroup(String groupId, List<DuplicateTables.PairRow> rows, Map<String, String> names) {
        List<DuplicateTables.PairRow> bestFirst = rows.stream().sorted(Comparator.comparingDouble(
                (DuplicateTables.PairRow row) -> -row.score()).thenComparing(DuplicateTables.PairRow::a)
                .thenComparing(DuplicateTables.PairRow::b)).toList();
        Set<String> members = new LinkedHashSet<>();
        List<DuplicateGroup.Pair> pairs = new ArrayList<>();
        for (DuplicateTables.PairRow row : bestFirst) {
            members.add(row.a());
            members.add(row.b());
            pairs.add(new DuplicateGroup.Pair(row.a(), row.b(), MatchScores.rounded(row.score()), row.decision(),
                    DuplicateReasons.decode(row.reasons())));
        }
        boolean strong = bestFirst.stream().anyMatch(row -> row.decision() == ClientMatch.Decision.STRONG);
        return new DuplicateGroup(groupId, MatchScores.rounded(bestFirst.get(0).score()),
                strong ? ClientMatch.Decision.STRONG : ClientMatch.Decision.POSSIBLE,
                members.stream().map(id -> new DuplicateGroup.Member(id, names.get(id))).toList(), pairs);
    }
}
