package org.presalesbridge.mocksap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoDestinationManager;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoRepository;
import com.sap.conn.jco.JCoStructure;
import com.sap.conn.jco.JCoTable;
import com.sap.conn.jco.ext.DestinationDataProvider;

import org.presalesbridge.mocksap.jco.Destinations;
import org.presalesbridge.mocksap.jco.InProcessSystems;
import org.presalesbridge.mocksap.server.MockSapAdmin;
import org.presalesbridge.mocksap.server.SimulatedSap;
import org.presalesbridge.mocksap.standalone.RfcUsers;
import org.presalesbridge.mocksap.standalone.StandaloneProcess;

/**
 * mock-sap's benchmark: create + commit pairs (BAPI_QUOTATION_CREATEFROMDATA2 with two items, then
 * BAPI_TRANSACTION_COMMIT, in one JCoContext) through jco-mock, against an in-process SAP and a
 * standalone one (a separate process behind the TCP gateway), side by side in one run: rounds of
 * the two modes alternate so that other load on the machine falls on both alike.
 *
 * <p>Run: {@code mvn -q -Pbench-mock-sap verify} (see mock-sap/docs/standalone.md), or with
 * {@code -Dbench.args="--threads 8 --warmup 20 --seconds 10 --rounds 3"}; {@code --pairs N} ends each
 * round after N pairs instead; {@code --data-dir yes} gives the standalone SAP a data directory
 * (commits forced to disk), {@code --data-dir no-fsync} one with {@code --fsync no}. The JIT needs the long warm-up: throughput still doubles after 10 s.
 */
public final class MockSapBench {

    static final String IN_PROCESS = "BENCH_IN_PROCESS";
    private static final String IN_PROCESS_SYSTEM = "BENCH";
    static final String STANDALONE = "BENCH_STANDALONE";
    private static final String CREATE = "BAPI_QUOTATION_CREATEFROMDATA2";
    private static final String COMMIT = "BAPI_TRANSACTION_COMMIT";

    /** How a run is shaped: threads, warm-up, rounds of each mode, seconds per round (or pairs per round). */
    record Settings(int threads, Duration warmUp, int rounds, Duration round, long pairsPerRound,
                    StandaloneProcess.Data data) {

        static Settings parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>(Map.of("--threads", "4", "--warmup", "20",
                    "--rounds", "3", "--seconds", "10", "--pairs", "0", "--data-dir", "no"));
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!values.containsKey(args[i])) {
                    throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + values.keySet());
                }
                values.put(args[i], args[i + 1]);
            }
            return new Settings(Integer.parseInt(values.get("--threads")),
                    Duration.ofSeconds(Long.parseLong(values.get("--warmup"))),
                    Integer.parseInt(values.get("--rounds")),
                    Duration.ofSeconds(Long.parseLong(values.get("--seconds"))),
                    Long.parseLong(values.get("--pairs")), switch (values.get("--data-dir")) {
                        case "yes" -> StandaloneProcess.Data.FORCED;
                        case "no-fsync" -> StandaloneProcess.Data.WRITTEN;
                        case "no" -> StandaloneProcess.Data.NONE;
                        default -> throw new IllegalArgumentException("--data-dir takes yes, no-fsync or no");
                    });
        }
    }

    /** What one mode measured over all its rounds. */
    record Result(String mode, long pairs, long errors, Duration elapsed, long[] latenciesNanos) {

        double pairsPerSecond() {
            return pairs / (elapsed.toNanos() / 1e9);
        }

        double percentileMillis(double percentile) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    private MockSapBench() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args.length == 1 ? args[0].trim().split("\\s+") : args);
        double loadBefore = loadAverage();
        List<Result> results = run(settings, System.out);
        System.out.printf(Locale.ROOT, "%nload average before the run %.2f (the machine's other work; the run itself"
                + " adds about threads + 1)%n", loadBefore);
        print(settings, results, System.out);
    }

    /** Runs both modes; the standalone process lives for the run only. */
    static List<Result> run(Settings settings, PrintStream out) throws Exception {
        try (StandaloneProcess standalone = StandaloneProcess.start(settings.data(), Map.of(),
                List.of("-Xmx2g"))) {
            Properties inProcessSystem = new Properties();
            inProcessSystem.setProperty(InProcessSystems.INSTANCE_PROPERTY, IN_PROCESS_SYSTEM);
            inProcessSystem.setProperty(DestinationDataProvider.JCO_USER, "BENCH");
            List<Path> files = List.of(writeDestination(IN_PROCESS, inProcessSystem, settings.threads()),
                    writeDestination(STANDALONE, standalone.logon(RfcUsers.DEFAULT_USER), settings.threads()));
            try {
                JCoDestination inProcess = JCoDestinationManager.getDestination(IN_PROCESS);
                JCoDestination remote = JCoDestinationManager.getDestination(STANDALONE);
                MockSapAdmin localAdmin = ((SimulatedSap) InProcessSystems.find(IN_PROCESS_SYSTEM)).admin();
                MockSapAdmin remoteAdmin = standalone.admin();
                out.printf("warming up %d s per mode%n", settings.warmUp().toSeconds());
                measure(inProcess, settings, settings.warmUp(), 0);
                measure(remote, settings, settings.warmUp(), 0);
                Measurements local = new Measurements("in-process");
                Measurements boundary = new Measurements("standalone");
                for (int round = 1; round <= settings.rounds(); round++) {
                    // fresh systems each round: the heap holds every document created
                    localAdmin.reset();
                    remoteAdmin.reset();
                    local.add(measure(inProcess, settings, settings.round(), settings.pairsPerRound()));
                    boundary.add(measure(remote, settings, settings.round(), settings.pairsPerRound()));
                    out.printf("round %d of %d done%n", round, settings.rounds());
                }
                return List.of(local.result(), boundary.result());
            } finally {
                Destinations.forget(IN_PROCESS);
                Destinations.forget(STANDALONE);
                for (Path file : files) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A {@code <name>.jcoDestination} file in the working directory, as JCo reads destinations. */
    private static Path writeDestination(String name, Properties system, int threads) throws IOException {
        Properties properties = new Properties();
        properties.putAll(system);
        properties.setProperty(DestinationDataProvider.JCO_PEAK_LIMIT, String.valueOf(threads));
        properties.setProperty(DestinationDataProvider.JCO_POOL_CAPACITY, String.valueOf(threads));
        Path file = Path.of(name + ".jcoDestination");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "written by MockSapBench, removed after the run");
        }
        return file;
    }

    /** Latencies and counts of one mode, gathered over its rounds. */
    private static final class Measurements {
        private final String mode;
        private final List<Result> rounds = new ArrayList<>();

        Measurements(String mode) {
            this.mode = mode;
        }

        void add(Result round) {
            rounds.add(round);
        }

        Result result() {
            long pairs = rounds.stream().mapToLong(Result::pairs).sum();
            long errors = rounds.stream().mapToLong(Result::errors).sum();
            Duration elapsed = rounds.stream().map(Result::elapsed).reduce(Duration.ZERO, Duration::plus);
            long[] latencies = rounds.stream().flatMapToLong(r -> Arrays.stream(r.latenciesNanos())).sorted()
                    .toArray();
            return new Result(mode, pairs, errors, elapsed, latencies);
        }
    }

    /**
     * N threads run pairs until the time is up (or, with {@code pairs} > 0, until that many ran);
     * each pair's latency is kept.
     */
    static Result measure(JCoDestination destination, Settings settings, Duration duration, long pairs)
            throws InterruptedException {
        AtomicLong remaining = new AtomicLong(pairs > 0 ? pairs : Long.MAX_VALUE);
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[settings.threads()][];
        int[] counts = new int[settings.threads()];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(settings.threads());
        long deadline = System.nanoTime() + duration.toNanos();
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < settings.threads(); t++) {
            int thread = t;
            latencies[t] = new long[1 << 16];
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    while (System.nanoTime() < deadline && remaining.getAndDecrement() > 0) {
                        long begin = System.nanoTime();
                        if (!createAndCommit(destination)) {
                            errors.incrementAndGet();
                        }
                        if (counts[thread] == latencies[thread].length) {
                            latencies[thread] = Arrays.copyOf(latencies[thread], counts[thread] * 2);
                        }
                        latencies[thread][counts[thread]++] = System.nanoTime() - begin;
                    }
                } catch (Throwable e) {
                    failure[0] = e;
                } finally {
                    done.countDown();
                }
            }, "bench-" + t);
            worker.start();
        }
        long begin = System.nanoTime();
        start.countDown();
        done.await();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        if (failure[0] != null) {
            throw new IllegalStateException("a benchmark thread failed", failure[0]);
        }
        long[] all = new long[Arrays.stream(counts).sum()];
        int position = 0;
        for (int t = 0; t < settings.threads(); t++) {
            System.arraycopy(latencies[t], 0, all, position, counts[t]);
            position += counts[t];
        }
        return new Result("", all.length, errors.get(), elapsed, all);
    }

    /** One quotation with two items and its commit, on one connection; false when SAP refused. */
    static boolean createAndCommit(JCoDestination destination) throws JCoException {
        JCoContext.begin(destination);
        try {
            JCoRepository repository = destination.getRepository();
            JCoFunction create = repository.getFunction(CREATE);
            JCoStructure header = create.getImportParameterList().getStructure("QUOTATION_HEADER_IN");
            header.setValue("DOC_TYPE", "AG");
            header.setValue("SALES_ORG", "1000");
            header.setValue("DISTR_CHAN", "10");
            header.setValue("DIVISION", "00");
            header.setValue("PURCH_NO_C", "BENCH-" + Thread.currentThread().getName());
            header.setValue("QT_VALID_F", VALID_FROM);
            header.setValue("QT_VALID_T", VALID_TO);
            JCoParameterList tables = create.getTableParameterList();
            JCoTable partners = tables.getTable("QUOTATION_PARTNERS");
            partners.appendRow();
            partners.setValue("PARTN_ROLE", "AG");
            partners.setValue("PARTN_NUMB", "0000001000");
            JCoTable items = tables.getTable("QUOTATION_ITEMS_IN");
            items.appendRow();
            items.setValue("MATERIAL", "M-01");
            items.setValue("TARGET_QTY", new BigDecimal("2"));
            items.appendRow();
            items.setValue("MATERIAL", "M-02");
            items.setValue("TARGET_QTY", BigDecimal.ONE);
            create.execute(destination);
            if (failed(tables.getTable("RETURN"))) {
                JCoFunction rollback = repository.getFunction("BAPI_TRANSACTION_ROLLBACK");
                rollback.execute(destination);
                return false;
            }
            JCoFunction commit = repository.getFunction(COMMIT);
            commit.getImportParameterList().setValue("WAIT", "X");
            commit.execute(destination);
            return !create.getExportParameterList().getString("SALESDOCUMENT").isBlank();
        } finally {
            JCoContext.end(destination);
        }
    }

    private static final Date VALID_FROM = date(LocalDate.now());
    private static final Date VALID_TO = date(LocalDate.now().plusDays(30));

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static boolean failed(JCoTable messages) {
        for (int row = 0; row < messages.getNumRows(); row++) {
            messages.setRow(row);
            String type = messages.getString("TYPE");
            if ("E".equals(type) || "A".equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** The 1-minute load average of the machine. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static void print(Settings settings, List<Result> results, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "mock-sap benchmark: %s (2 items) + %s in one JCoContext%n", CREATE, COMMIT);
        out.printf(Locale.ROOT, "%d threads, %d processors, load average at the end %.2f, warm-up %d s,"
                        + " %d rounds of %s per mode, standalone %s%n",
                settings.threads(), Runtime.getRuntime().availableProcessors(),
                loadAverage(), settings.warmUp().toSeconds(),
                settings.rounds(), settings.pairsPerRound() > 0 ? settings.pairsPerRound() + " pairs"
                        : settings.round().toSeconds() + " s",
                switch (settings.data()) {
                    case FORCED -> "with a data directory (commits forced to disk)";
                    case WRITTEN -> "with a data directory (--fsync no)";
                    case NONE -> "in memory";
                });
        out.printf(Locale.ROOT, "%-12s %9s %10s %8s %8s %8s %7s%n", "mode", "pairs", "pairs/s", "p50 ms", "p90 ms",
                "p99 ms", "errors");
        for (Result result : results) {
            out.printf(Locale.ROOT, "%-12s %9d %10.0f %8.3f %8.3f %8.3f %7d%n", result.mode(), result.pairs(),
                    result.pairsPerSecond(), result.percentileMillis(50), result.percentileMillis(90),
                    result.percentileMillis(99), result.errors());
        }
        Result local = results.get(0);
        Result remote = results.get(1);
        out.print("process boundary adds:");
        for (double percentile : new double[] {50, 90, 99}) {
            double difference = remote.percentileMillis(percentile) - local.percentileMillis(percentile);
            out.printf(Locale.ROOT, " p%.0f %+.3f ms (x%.2f);", percentile, difference,
                    remote.percentileMillis(percentile) / local.percentileMillis(percentile));
        }
        out.printf(Locale.ROOT, " throughput x%.2f%n", remote.pairsPerSecond() / local.pairsPerSecond());
    }

}
