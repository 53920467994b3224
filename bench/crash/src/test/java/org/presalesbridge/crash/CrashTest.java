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
import org.presalesbridge.TempFiles;
import org.presalesbridge.mocksap.server.CallRecord;
import org.presalesbridge.mocksap.server.CommittedDocument;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.server.FaultSettings.Failure;
import org.presalesbridge.mocksap.server.Ledger;
import org.presalesbridge.mocksap.standalone.HttpMockSapAdmin;
import org.presalesbridge.mocksap.standalone.StandaloneProcess;

/**
 * The crash test: a CRM sends creates of quotations with unique external ids and retries each until it gets a
 * final answer, while the adapter is killed with SIGKILL at random moments and started again, and mock-sap may
 * inject a fault. Then mock-sap's ledger is reconciled with the CRM's list: every document created exactly once.
 *
 * <p>Run from the repository root after {@code mvn -q package -DskipTests} (or with {@code bench/crash-test}):
 * {@code --documents 1000 --kills 3 --clients 8 --fault none|communication|after-commit|sap-down|lock --seed N}.
 * It prints what it sent, what SAP created, what was lost and duplicated, how many in-doubt cases the adapter
 * resolved, the answers' status codes and the most attempts one document needed; it exits with 1 when a
 * document was lost or duplicated. With {@code --fault lock} the CRM also changes each quotation once it has it
 * (with an Idempotency-Key), while a clerk in SAP keeps opening the newest quotations in change mode for a moment:
 * every change must reach SAP (none lost), after SAP's lock messages and the adapter's bounded retries.
 */
public final class CrashTest {

    /**
     * A final answer ends the CRM's retries; anything else (no answer, 502, 503, 504, and 409 "the same request is
     * running") is sent again.
     */
    private static final List<Integer> FINAL = List.of(200, 201, 400, 409, 422);
    private static final int MAX_ATTEMPTS = 500;
    private static final String CHANGE = "BAPI_CUSTOMERQUOTATION_CHANGE";
    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[^\"]*?([\\w-]+)\"");
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
            if (!List.of("none", "communication", "after-commit", "sap-down", "lock").contains(settings.fault)) {
                throw new IllegalArgumentException("--fault " + settings.fault
                        + ": one of none, communication, after-commit, sap-down, lock");
            }
            return settings;
        }
    }

    /** What the CRM got for one document in the end; {@code changeStatus} 0: no change sent. */
    public record Answer(String externalId, int status, String documentNumber, int attempts, int changeStatus) {
    }

    /**
     * The reconciliation. {@code changesSent} … {@code changesAppliedTwice}: only with {@code --fault lock}, the
     * changes' final answers and what SAP's ledger has of them; {@code locksHeld}: how often the clerk opened one;
     * {@code lockMessages}: the changes SAP answered with an error (its lock message), as its call ledger has them.
     */
    public record Report(Settings settings, int sent, int answered, int createdInSap, int lost, int duplicated,
                         int kills, int inDoubtResolved, Map<Integer, Integer> finalStatuses,
                         Map<String, Integer> retriedAnswers, int mostAttempts, List<String> problems,
                         int changesSent, int changesApplied, int changesLost, int changesAppliedTwice,
                         int locksHeld, long lockMessages) {

        /** No document or change was lost, and no document created twice. */
        public boolean nothingLostOrDuplicated() {
            return lost == 0 && duplicated == 0 && changesLost == 0;
        }
    }

    private CrashTest() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Report report = run(settings, System.out);
        print(report, System.out);
        System.exit(report.nothingLostOrDuplicated() ? 0 : 1);
    }

    public static Report run(Settings settings, PrintStream out) throws Exception {
        Random random = new Random(settings.seed());
        Path data = Files.createTempDirectory("presales-bridge-crash-");
        // the ledger lists every document SAP committed, and the calls, for the reconciliation at the end
        int ledger = Math.max(Ledger.DEFAULT_CAPACITY, 10 * settings.documents());
        try (StandaloneProcess sap = StandaloneProcess.start(StandaloneProcess.Data.NONE, Map.of(), List.of(),
                List.of("--ledger-capacity", String.valueOf(ledger)))) {
            HttpMockSapAdmin admin = sap.admin();
            Map<String, String> environment = AdapterProcess.talkingTo(sap, "STORE_DATA_DIR", data.toString());
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
            boolean change = settings.fault().equals("lock");
            Clerk clerk = change ? Clerk.start(admin, new Random(random.nextLong())) : null;
            ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
            List<Future<Answer>> answers = new ArrayList<>();
            for (String externalId : externalIds) {
                answers.add(clients.submit(() -> {
                    Answer answer = send(adapter, externalId, retried, clerk);
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
            int locksHeld = clerk == null ? 0 : clerk.stop();
            admin.setFaults(FaultSettings.NONE);
            long lockMessages = admin.calls().stream().filter(call -> call.function().equals(CHANGE)
                    && call.outcome() == CallRecord.Outcome.ERROR_MESSAGE).count();
            Report report = reconcile(settings, finals, admin.committedDocuments(), kills,
                    adapter.inDoubtResolved(), retried, locksHeld, lockMessages);
            adapter.process.close();
            if (report.nothingLostOrDuplicated()) {
                TempFiles.delete(data);
            } else {
                out.printf("the adapter's store is kept for a look: %s%n", data);
            }
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

    /**
     * Each client thread's HTTP client. One per document would leave a selector thread and its sockets behind per
     * document until the garbage collector closes them: tens of thousands of documents ran out of file handles.
     */
    private static final ThreadLocal<HttpClient> HTTP = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build());

    /**
     * The CRM's side: one create, sent again with the same body and key until a final answer comes; with a clerk
     * in SAP, then one change of the quotation, likewise.
     */
    private static Answer send(Adapter adapter, String externalId, Map<String, AtomicInteger> retried, Clerk clerk)
            throws InterruptedException {
        HttpClient http = HTTP.get();
        String body = """
                {"externalId": "%s",
                 "salesArea": {"salesOrganization": "1000", "distributionChannel": "10", "division": "00"},
                 "soldTo": "1000", "validFrom": "2030-01-01", "validTo": "2030-03-31",
                 "items": [{"material": "M-02", "quantity": 3, "unit": "PCE"}]}
                """.formatted(externalId);
        Final created = untilFinal(http, retried, () -> HttpRequest.newBuilder(adapter.uri("/api/v1/quotations"))
                .header("Idempotency-Key", externalId).POST(HttpRequest.BodyPublishers.ofString(body)));
        Matcher number = DOCUMENT_NUMBER.matcher(created.body());
        String documentNumber = number.find() ? number.group(1) : null;
        if (clerk == null || created.status() != 201 || documentNumber == null) {
            return new Answer(externalId, created.status(), documentNumber, created.attempts(), 0);
        }
        clerk.mayOpen(documentNumber);
        String change = "{\"customerReference\": \"changed " + externalId.substring(externalId.length() - 5) + "\"}";
        Final changed = untilFinal(http, retried, () -> HttpRequest.newBuilder(
                        adapter.uri("/api/v1/quotations/" + documentNumber))
                .header("Idempotency-Key", externalId + "-change")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(change)));
        return new Answer(externalId, created.status(), documentNumber, created.attempts() + changed.attempts(),
                changed.status());
    }

    private record Final(int status, String body, int attempts) {
    }

    private interface RequestBuilder {
        HttpRequest.Builder build();
    }

    /**
     * Sends the request until a final answer: anything but no answer, a 5xx, and the answers that say "the same
     * request is running" ({@code 409 request-in-progress}) or "the document is locked in SAP"
     * ({@code 422 document-locked}).
     */
    /** " " and the last part of an RFC 9457 problem's type ({@code urn:presales-bridge:problem:X}), or "". */
    static String problemType(String body) {
        Matcher type = PROBLEM_TYPE.matcher(body);
        return type.find() ? " " + type.group(1) : "";
    }

    private static Final untilFinal(HttpClient http, Map<String, AtomicInteger> retried, RequestBuilder request)
            throws InterruptedException {
        long backoff = 20;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            String seen;
            try {
                HttpResponse<String> response = http.send(request.build().timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                boolean stillRunning = response.statusCode() == 409 && response.body().contains("request-in-progress");
                boolean locked = response.statusCode() == 422 && response.body().contains("document-locked");
                if (FINAL.contains(response.statusCode()) && !stillRunning && !locked) {
                    return new Final(response.statusCode(), response.body(), attempt);
                }
                seen = locked ? "422 document-locked" : response.statusCode() + problemType(response.body());
            } catch (IOException noAnswer) {
                seen = "no answer";
            }
            retried.computeIfAbsent(seen, key -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(backoff + ThreadLocalRandom.current().nextLong(backoff));
            backoff = Math.min(backoff * 2, 1_000);
        }
        return new Final(0, "", MAX_ATTEMPTS);
    }

    /**
     * A sales clerk in SAP: again and again opens one of the newest quotations in change mode (VA22) for 50 to
     * 300 ms, so that the CRM's changes meet SAP's lock message.
     */
    private static final class Clerk {
        private final HttpMockSapAdmin admin;
        private final Random random;
        private final List<String> newest = new ArrayList<>();
        private final Thread thread;
        private volatile boolean stopped;
        private int held;

        private Clerk(HttpMockSapAdmin admin, Random random) {
            this.admin = admin;
            this.random = random;
            this.thread = new Thread(this::work, "clerk");
        }

        static Clerk start(HttpMockSapAdmin admin, Random random) {
            Clerk clerk = new Clerk(admin, random);
            clerk.thread.setDaemon(true);
            clerk.thread.start();
            return clerk;
        }

        /** A quotation the CRM is about to change. */
        synchronized void mayOpen(String documentNumber) {
            newest.add(documentNumber);
            if (newest.size() > 4) {
                newest.remove(0);
            }
        }

        private synchronized String pick() {
            return newest.isEmpty() ? null : newest.get(random.nextInt(newest.size()));
        }

        private void work() {
            while (!stopped) {
                String number = pick();
                try {
                    if (number != null && admin.holdOpen("CLERK", "00" + number).saved()) {
                        held++;
                        Thread.sleep(50 + random.nextInt(250));
                        admin.release("CLERK", "00" + number);
                    }
                    Thread.sleep(20 + random.nextInt(80));
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // mock-sap refused (the document is being changed right now): the clerk tries another one
                }
            }
        }

        /** Stops, leaves the document it has open, and tells how often it held one open. */
        int stop() throws InterruptedException {
            stopped = true;
            thread.join(5_000);
            return held;
        }
    }

    static Report reconcile(Settings settings, List<Answer> answers, List<CommittedDocument> ledger, int kills,
                            int inDoubtResolved, Map<String, AtomicInteger> retried, int locksHeld,
                            long lockMessages) {
        Map<String, List<String>> createdByExternalId = new HashMap<>();
        Map<String, Integer> changeCommits = new HashMap<>();
        for (CommittedDocument document : ledger) {
            String number = document.documentNumber().replaceFirst("^0+", "");
            if (document.created()) {
                createdByExternalId.computeIfAbsent(document.purchaseOrderNumber(), key -> new ArrayList<>())
                        .add(number);
            } else {
                changeCommits.merge(number, 1, Integer::sum);
            }
        }
        int changesSent = 0;
        int changesApplied = 0;
        int changesLost = 0;
        int changesAppliedTwice = 0;
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
            if (answer.changeStatus() != 0) {
                changesSent++;
                int commits = changeCommits.getOrDefault(answer.documentNumber(), 0);
                changesApplied += Math.min(commits, 1);
                if (answer.changeStatus() != 200 || commits == 0) {
                    changesLost++;
                    problems.add(answer.externalId() + ": change answered " + answer.changeStatus() + ", SAP has "
                            + commits + " change(s) of " + answer.documentNumber());
                }
                if (commits > 1) {
                    changesAppliedTwice++;
                    problems.add(answer.externalId() + ": the change is in SAP " + commits + " times");
                }
            }
        }
        Map<String, Integer> retriedAnswers = new TreeMap<>();
        retried.forEach((seen, count) -> retriedAnswers.put(seen, count.get()));
        return new Report(settings, answers.size(), answered, created, lost, duplicated, kills, inDoubtResolved,
                statuses, retriedAnswers, mostAttempts, problems, changesSent, changesApplied, changesLost,
                changesAppliedTwice, locksHeld, lockMessages);
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
        if (report.changesSent() > 0) {
            out.printf("changes sent             %6d  (the clerk held a quotation open %d times)%n",
                    report.changesSent(), report.locksHeld());
            out.printf("SAP lock messages        %6d  (each retried: by the adapter, or by the CRM after a 422)%n",
                    report.lockMessages());
            out.printf("changes in SAP           %6d%n", report.changesApplied());
            out.printf("changes lost             %6d%n", report.changesLost());
            out.printf("changes applied twice    %6d%n", report.changesAppliedTwice());
        }
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
