package org.presalesbridge.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.presalesbridge.AdapterProcess;
import org.presalesbridge.mocksap.server.CommittedDocument;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.server.FaultSettings.Failure;
import org.presalesbridge.mocksap.standalone.HttpMockSapAdmin;
import org.presalesbridge.mocksap.standalone.RfcUsers;
import org.presalesbridge.mocksap.standalone.StandaloneProcess;

/**
 * The crash test: a CRM sends creates of quotations with unique external ids and retries each until it gets a
 * final answer, while the adapter is killed with SIGKILL at random moments and started again, and mock-sap may
 * inject a fault. Then mock-sap's ledger is reconciled with the CRM's list: every document created exactly once.
 *
 * <p>Run from the repository root after {@code mvn -q package -DskipTests} (or with {@code bench/crash-test}):
 * {@code --documents 1000 --kills 3 --clients 8 --fault none|communication|after-commit|sap-down --seed N}.
 * It prints what it sent, what SAP created, what was lost and duplicated, how many in-doubt cases the adapter
 * resolved, the answers' status codes and the most attempts one document needed; it exits with 1 when a
 * document was lost or duplicated.
 */
public final class CrashTest {

    /**
     * A final answer ends the CRM's retries; anything else (no answer, 502, 503, 504, and 409 "the same request is
     * running") is sent again.
     */
    private static final List<Integer> FINAL = List.of(200, 201, 400, 409, 422);
    private static final int MAX_ATTEMPTS = 500;
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\"documentNumber\"\\s*:\\s*\"(\\d+)\"");
    private static final Pattern IN_DOUBT_RESOLVED = Pattern.compile("(?i)in doubt.*resolved|resolved.*in doubt");

    public record Settings(int documents, int kills, int clients, String fault, long seed) {

        public static Settings parse(String[] args) {
            Map<String, String> options = new HashMap<>(Map.of("--documents", "1000", "--kills", "3",
                    "--clients", "8", "--fault", "none", "--seed", String.valueOf(System.nanoTime())));
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!options.containsKey(args[i])) {
                    throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + options.keySet());
                }
                options.put(args[i], args[i + 1]);
            }
            Settings settings = new Settings(Integer.parseInt(options.get("--documents")),
                    Integer.parseInt(options.get("--kills")), Integer.parseInt(options.get("--clients")),
                    options.get("--fault"), Long.parseLong(options.get("--seed")));
            if (!List.of("none", "communication", "after-commit", "sap-down").contains(settings.fault)) {
                throw new IllegalArgumentException("--fault " + settings.fault
                        + ": one of none, communication, after-commit, sap-down");
            }
            return settings;
        }
    }

    /** What the CRM got for one document in the end. */
    public record Answer(String externalId, int status, String documentNumber, int attempts) {
    }

    public record Report(Settings settings, int sent, int answered, int createdInSap, int lost, int duplicated,
                         int kills, int inDoubtResolved, Map<Integer, Integer> finalStatuses,
                         Map<String, Integer> retriedAnswers, int mostAttempts, List<String> problems) {
    }

    private CrashTest() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Report report = run(settings, System.out);
        print(report, System.out);
        System.exit(report.lost() == 0 && report.duplicated() == 0 ? 0 : 1);
    }

    public static Report run(Settings settings, PrintStream out) throws Exception {
        Random random = new Random(settings.seed());
        Path data = Files.createTempDirectory("presales-bridge-crash-");
        try (StandaloneProcess sap = StandaloneProcess.start(StandaloneProcess.Data.NONE, Map.of(), List.of())) {
            HttpMockSapAdmin admin = sap.admin();
            Map<String, String> environment = Map.of(
                    "SAP_JCO_MOCK_INSTANCE", "",
                    "SAP_JCO_CLIENT_ASHOST", "127.0.0.1",
                    "SAP_JCO_CLIENT_SYSNR", sap.systemNumber(),
                    "SAP_JCO_CLIENT_USER", RfcUsers.DEFAULT_USER,
                    "SAP_JCO_CLIENT_PASSWD", RfcUsers.DEFAULT_PASSWORD,
                    "STORE_DATA_DIR", data.toString());
            Adapter adapter = new Adapter(AdapterProcess.start(environment), environment);
            Runtime.getRuntime().addShutdownHook(new Thread(adapter::killQuietly));
            out.printf("crash test: %d documents, %d clients, %d kills, fault %s, seed %d; mock-sap %s, data %s%n",
                    settings.documents(), settings.clients(), settings.kills(), settings.fault(), settings.seed(),
                    sap.systemNumber(), data);
            switchFault(admin, settings.fault(), false);

            List<String> externalIds = new ArrayList<>();
            String run = Long.toString(settings.seed() & 0xFFFFFF, 36).toUpperCase();
            for (int i = 0; i < settings.documents(); i++) {
                externalIds.add("CRASH-" + run + "-" + i);
            }
            AtomicInteger done = new AtomicInteger();
            Map<String, AtomicInteger> retried = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
            List<Future<Answer>> answers = new ArrayList<>();
            for (String externalId : externalIds) {
                answers.add(clients.submit(() -> {
                    Answer answer = send(adapter, externalId, retried);
                    done.incrementAndGet();
                    return answer;
                }));
            }
            clients.shutdown();

            int kills = 0;
            int answeredAtLastKill = 0;
            for (double moment : moments(random, settings.kills())) {
                // between two kills the restarted adapter answers at least one document per client
                awaitProgress(done, Math.max(moment * settings.documents(), answeredAtLastKill + settings.clients()),
                        answers);
                if (done.get() >= settings.documents()) {
                    break;
                }
                Thread.sleep(random.nextInt(50));
                if (settings.fault().equals("sap-down")) {
                    switchFault(admin, "sap-down", true);
                }
                adapter.killAndRestart();
                answeredAtLastKill = done.get();
                kills++;
                out.printf("  SIGKILL %d at %d of %d answered; adapter started again%n", kills, done.get(),
                        settings.documents());
                if (settings.fault().equals("sap-down")) {
                    Thread.sleep(1_000); // SAP stays down a while after the adapter is back
                    switchFault(admin, "sap-down", false);
                }
            }
            List<Answer> finals = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                finals.add(answer.get());
            }
            admin.setFaults(FaultSettings.NONE);
            Report report = reconcile(settings, finals, admin.committedDocuments(), kills,
                    adapter.inDoubtResolved(), retried);
            adapter.process.close();
            return report;
        }
    }

    /** The moments of the kills, as shares of the documents answered: random, in order. */
    private static double[] moments(Random random, int kills) {
        double[] moments = new double[kills];
        for (int i = 0; i < kills; i++) {
            moments[i] = 0.05 + 0.85 * random.nextDouble();
        }
        Arrays.sort(moments);
        return moments;
    }

    private static void awaitProgress(AtomicInteger done, double target, List<Future<Answer>> answers)
            throws InterruptedException {
        while (done.get() < target && !answers.stream().allMatch(Future::isDone)) {
            Thread.sleep(5);
        }
    }

    private static void switchFault(HttpMockSapAdmin admin, String fault, boolean sapDown) {
        FaultSettings settings = switch (fault) {
            case "communication" -> FaultSettings.NONE.withCommunicationFailure(new Failure("*", 0.05, 0));
            case "after-commit" -> FaultSettings.NONE.withCommitAnswerLost(
                    new Failure("BAPI_TRANSACTION_COMMIT", 0.05, 0));
            case "sap-down" -> FaultSettings.NONE.withSapDown(sapDown);
            default -> FaultSettings.NONE;
        };
        admin.setFaults(settings);
    }

    /** The CRM's side: one create, sent again with the same body and key until a final answer comes. */
    private static Answer send(Adapter adapter, String externalId, Map<String, AtomicInteger> retried)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        String body = """
                {"externalId": "%s",
                 "salesArea": {"salesOrganization": "1000", "distributionChannel": "10", "division": "00"},
                 "soldTo": "1000", "validFrom": "2030-01-01", "validTo": "2030-03-31",
                 "items": [{"material": "M-02", "quantity": 3, "unit": "PCE"}]}
                """.formatted(externalId);
        long backoff = 20;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            String seen;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(adapter.uri("/api/v1/quotations"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", externalId)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                boolean stillRunning = response.statusCode() == 409 && response.body().contains("request-in-progress");
                if (FINAL.contains(response.statusCode()) && !stillRunning) {
                    Matcher number = DOCUMENT_NUMBER.matcher(response.body());
                    return new Answer(externalId, response.statusCode(), number.find() ? number.group(1) : null,
                            attempt);
                }
                seen = String.valueOf(response.statusCode());
            } catch (IOException noAnswer) {
                seen = "no answer";
            }
            retried.computeIfAbsent(seen, key -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(backoff + ThreadLocalRandom.current().nextLong(backoff));
            backoff = Math.min(backoff * 2, 1_000);
        }
        return new Answer(externalId, 0, null, MAX_ATTEMPTS);
    }

    static Report reconcile(Settings settings, List<Answer> answers, List<CommittedDocument> ledger, int kills,
                            int inDoubtResolved, Map<String, AtomicInteger> retried) {
        Map<String, List<String>> createdByExternalId = new HashMap<>();
        for (CommittedDocument document : ledger) {
            if (document.created()) {
                createdByExternalId.computeIfAbsent(document.purchaseOrderNumber(), key -> new ArrayList<>())
                        .add(document.documentNumber().replaceFirst("^0+", ""));
            }
        }
        int created = 0;
        int lost = 0;
        int duplicated = 0;
        int answered = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int mostAttempts = 0;
        for (Answer answer : answers) {
            statuses.merge(answer.status(), 1, Integer::sum);
            mostAttempts = Math.max(mostAttempts, answer.attempts());
            List<String> inSap = createdByExternalId.getOrDefault(answer.externalId(), List.of());
            created += inSap.size();
            if (answer.status() != 0) {
                answered++;
            }
            if (inSap.size() > 1) {
                duplicated += inSap.size() - 1;
                problems.add(answer.externalId() + ": " + inSap.size() + " documents in SAP " + inSap);
            }
            boolean crmHasIt = answer.documentNumber() != null && inSap.contains(answer.documentNumber());
            if (inSap.isEmpty() || !crmHasIt) {
                lost++;
                problems.add(answer.externalId() + ": CRM got " + answer.status() + " " + answer.documentNumber()
                        + ", SAP has " + inSap);
            }
        }
        Map<String, Integer> retriedAnswers = new TreeMap<>();
        retried.forEach((seen, count) -> retriedAnswers.put(seen, count.get()));
        return new Report(settings, answers.size(), answered, created, lost, duplicated, kills, inDoubtResolved,
                statuses, retriedAnswers, mostAttempts, problems);
    }

    public static void print(Report report, PrintStream out) {
        out.println();
        out.printf("sent                     %6d%n", report.sent());
        out.printf("final answers            %6d  %s%n", report.answered(), report.finalStatuses());
        out.printf("created in SAP           %6d%n", report.createdInSap());
        out.printf("lost                     %6d%n", report.lost());
        out.printf("duplicated               %6d%n", report.duplicated());
        out.printf("adapter killed (SIGKILL) %6d%n", report.kills());
        out.printf("in-doubt cases resolved  %6d%n", report.inDoubtResolved());
        out.printf("answers sent again       %6d  %s%n",
                report.retriedAnswers().values().stream().mapToInt(Integer::intValue).sum(), report.retriedAnswers());
        out.printf("most attempts, one doc   %6d%n", report.mostAttempts());
        report.problems().stream().limit(20).forEach(problem -> out.println("  " + problem));
    }

    /** The adapter under test: one process at a time, on one port, each incarnation's log kept. */
    private static final class Adapter {
        private final Map<String, String> environment;
        private final List<String> logs = new ArrayList<>();
        private volatile AdapterProcess process;

        Adapter(AdapterProcess process, Map<String, String> environment) {
            this.process = process;
            this.environment = environment;
        }

        URI uri(String path) {
            return process.uri(path);
        }

        void killAndRestart() throws Exception {
            AdapterProcess old = process;
            old.kill();
            logs.add(old.log());
            process = AdapterProcess.start(old.port(), environment);
        }

        int inDoubtResolved() throws IOException {
            List<String> all = new ArrayList<>(logs);
            all.add(process.log());
            return (int) all.stream().flatMap(String::lines).filter(line -> IN_DOUBT_RESOLVED.matcher(line).find())
                    .count();
        }

        void killQuietly() {
            try {
                process.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
