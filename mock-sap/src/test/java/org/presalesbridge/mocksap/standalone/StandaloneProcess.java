package org.presalesbridge.mocksap.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A standalone mock-sap started as a separate process for tests and the benchmark: the java of
 * this JVM ({@code java.home}), this JVM's class path, {@link MockSapMain} on a free system number
 * and a free admin port, with a data directory of its own. The process ends when this JVM does,
 * even when this JVM is killed.
 */
public final class StandaloneProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String READY = "mock-sap: ready";
    private static final String ADMIN_LINE = "mock-sap: admin API listening on ";
    /** Marks the end of the process's output in the line queue (compared by identity). */
    private static final String END = new String("end of output");

    private final String systemNumber;
    private final Path directory;
    private final List<String> arguments;
    private final List<String> jvmOptions;
    private final Map<String, String> users;
    private Process process;
    private URI adminUri;

    private StandaloneProcess(String systemNumber, Path directory, List<String> arguments, List<String> jvmOptions,
                              Map<String, String> users) {
        this.systemNumber = systemNumber;
        this.directory = directory;
        this.arguments = arguments;
        this.jvmOptions = jvmOptions;
        this.users = users;
    }

    /** Whether mock-sap keeps a data directory, and how. */
    public enum Data {
        /** Memory only. */
        NONE,
        /** A data directory, each commit forced to disk (the default of {@code --data-dir}). */
        FORCED,
        /** A data directory, commits written but not forced ({@code --fsync no}). */
        WRITTEN
    }

    /**
     * Starts mock-sap on a free system number, in a temporary directory of its own.
     *
     * @param data       whether committed documents survive {@link #restart()}
     * @param users      RFC users and passwords; empty for mock-sap's default user
     * @param jvmOptions options for the child JVM (e.g. -Xmx)
     */
    public static StandaloneProcess start(Data data, Map<String, String> users, List<String> jvmOptions) {
        return start(data, users, jvmOptions, List.of());
    }

    /**
     * As {@link #start(Data, Map, List)}, with more of mock-sap's options (e.g. {@code --ledger-capacity}).
     */
    public static StandaloneProcess start(Data data, Map<String, String> users, List<String> jvmOptions,
                                          List<String> options) {
        Path directory;
        try {
            directory = Files.createTempDirectory("mock-sap-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> arguments = new ArrayList<>(List.of("--admin-port", "0", "--bind", "127.0.0.1"));
        if (data != Data.NONE) {
            arguments.addAll(List.of("--data-dir", directory.resolve("data").toString(), "--fsync",
                    data == Data.FORCED ? "yes" : "no"));
        }
        if (!users.isEmpty()) {
            arguments.addAll(List.of("--users", writeUsers(directory, users).toString()));
        }
        arguments.addAll(options);
        IllegalStateException failure = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            StandaloneProcess sap = new StandaloneProcess(FreeSystemNumber.find(), directory, arguments,
                    List.copyOf(jvmOptions), Map.copyOf(users));
            try {
                sap.launch();
                return sap;
            } catch (IllegalStateException e) {
                failure = e; // another process took the port between our look and its bind: next number
            }
        }
        throw failure;
    }

    private static Path writeUsers(Path directory, Map<String, String> users) {
        Properties properties = new Properties();
        properties.putAll(users);
        Path file = directory.resolve("users.properties");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "RFC users of a test's mock-sap");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Stops the process (SIGTERM, as an operator would) and starts it again on the same number and data. */
    public void restart() {
        stop();
        launch();
    }

    private void launch() {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildOfThisJvm.class.getName());
        command.add(String.valueOf(ProcessHandle.current().pid()));
        command.addAll(List.of("--sysnr", systemNumber));
        command.addAll(arguments);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start mock-sap", e);
        }
        adminUri = awaitReady(new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)));
    }

    /** Waits for the ready line; a daemon thread reads the output and passes it on to ours. */
    private URI awaitReady(BufferedReader output) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = output.readLine()) != null) {
                    System.out.println("[mock-sap " + systemNumber + "] " + line);
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
            lines.add(END);
        }, "mock-sap-output-" + systemNumber);
        reader.setDaemon(true);
        reader.start();

        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        List<String> seen = new ArrayList<>();
        URI admin = null;
        try {
            String line;
            while ((line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null && line != END) {
                seen.add(line);
                if (line.startsWith(ADMIN_LINE)) {
                    admin = URI.create(line.substring(ADMIN_LINE.length()).strip());
                }
                if (line.equals(READY) && admin != null) {
                    return admin;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        throw new IllegalStateException("mock-sap did not start on sysnr " + systemNumber + " within "
                + START_TIMEOUT.toSeconds() + " s:\n" + String.join("\n", seen));
    }

    public String systemNumber() {
        return systemNumber;
    }

    public URI adminUri() {
        return adminUri;
    }

    public HttpMockSapAdmin admin() {
        return new HttpMockSapAdmin(adminUri);
    }

    /** Destination properties that reach this process's gateway (add user and password). */
    public Properties gateway() {
        Properties properties = new Properties();
        properties.setProperty("jco.client.ashost", "127.0.0.1");
        properties.setProperty("jco.client.sysnr", systemNumber);
        properties.setProperty("jco.client.client", "100");
        properties.setProperty("jco.client.lang", "EN");
        return properties;
    }

    /** Destination properties that reach this process as one of its users. */
    public Properties logon(String user) {
        Properties properties = gateway();
        properties.setProperty("jco.client.user", user);
        properties.setProperty("jco.client.passwd", users.isEmpty() ? RfcUsers.DEFAULT_PASSWORD : users.get(user));
        return properties;
    }

    /** SIGTERM, then waits for the clean stop; kills it after 20 s. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the output we still read
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Stops the process and removes its directory. */
    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind
        }
    }

    /**
     * The child's main: mock-sap, stopped cleanly when the JVM that started it ends, so that a test
     * run that is killed leaves no SAP behind. Arguments: the parent's pid, then MockSapMain's.
     */
    public static final class ChildOfThisJvm {
        private ChildOfThisJvm() {
        }

        public static void main(String[] args) throws InterruptedException {
            ProcessHandle.of(Long.parseLong(args[0])).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
            MockSapMain.main(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
    }
}
