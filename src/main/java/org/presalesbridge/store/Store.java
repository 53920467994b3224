package org.presalesbridge.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's database: an H2 file in the data directory by default, or PostgreSQL when {@code store.url} names
 * one. Opens it, brings its schema to the newest version ({@link SchemaMigrations}, {@code db/migration}), and keeps this process's
 * heartbeat in it, so that other processes can tell a claim of a live process from one left by a process that died.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /**
     * Threads writing to PostgreSQL at once, each committing the work of all requests that came meanwhile; the
     * embedded H2 has one (its commits are one after the other anyway).
     */
    private static final int POSTGRES_WRITERS = 4;
    /**
     * How long the embedded file keeps a chunk of it that nothing refers to any more before writing over it: H2's
     * default, longer than the operating system holds writes back (about 30 s on Linux), so that a power cut finds
     * the chunks the newest ones refer to still there.
     */
    /**
     * The longest text column, in characters: H2's longest VARCHAR, and so the schema's request_body, response_body
     * and outcome.
     */
    public static final int LONGEST_TEXT = 1_000_000;
    private static final Duration RETENTION = Duration.ofSeconds(45);
    /** How often the embedded file's old chunks are rewritten ({@link ChunkRewriter}). */
    private static final Duration CHUNK_REWRITES = Duration.ofMillis(500);
    /** The embedded database's name: its file in the data directory is this plus {@code .mv.db}. */
    private static final String EMBEDDED_NAME = "presales-bridge";

    private final CompletableFuture<HikariDataSource> opened = new CompletableFuture<>();
    private final String instanceId = UUID.randomUUID().toString();
    private final Duration lease;
    /** The embedded database's file; null on PostgreSQL. */
    private final Path embeddedFile;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat;
    private volatile GroupCommit commits;

    private Store(Duration lease, Path embeddedFile, Clock clock) {
        this.lease = lease;
        this.embeddedFile = embeddedFile;
        this.clock = clock;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "store-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the store.
     *
     * @param url      JDBC URL; empty for the embedded database in {@code dataDir}
     * @param user     database user (PostgreSQL)
     * @param password its password; never logged
     * @param dataDir  folder of the embedded database
     * @param lease    how long a process may go unseen before its claims count as abandoned
     */
    public static Store open(String url, String user, String password, Path dataDir, Duration lease) {
        Store store = openInBackground(url, user, password, dataDir, lease);
        store.awaitOpen();
        return store;
    }

    /**
     * Starts opening the store on a thread of its own and returns at once, so that the adapter's start-up goes on
     * meanwhile; the first use waits for it, and {@link #awaitOpen()} says why when it could not be opened.
     */
    public static Store openInBackground(String url, String user, String password, Path dataDir, Duration lease) {
        return openInBackground(url, user, password, dataDir, lease, RETENTION);
    }

    /**
     * As {@link #openInBackground(String, String, String, Path, Duration)}, with the embedded file's retention time:
     * how long H2 keeps a chunk nothing refers to any more before it writes over it.
     */
    static Store openInBackground(String url, String user, String password, Path dataDir, Duration lease,
                                  Duration retention) {
        boolean embedded = url == null || url.isBlank();
        Store store = new Store(lease, embedded ? dataDir.toAbsolutePath().resolve(EMBEDDED_NAME + ".mv.db") : null,
                Clock.systemUTC());
        Thread opening = new Thread(() -> {
            try {
                HikariDataSource dataSource = connect(embedded, url, user, password, dataDir, retention);
                SchemaMigrations.migrate(dataSource);
                store.register(dataSource);
                store.commits = new GroupCommit(dataSource, embedded ? 1 : POSTGRES_WRITERS);
                if (embedded) {
                    store.every(CHUNK_REWRITES, ChunkRewriter.of(dataSource));
                }
                LOG.info("Store: {} (instance {})", describe(embedded, url, dataDir), store.instanceId);
                store.opened.complete(dataSource);
            } catch (RuntimeException | SQLException e) {
                store.opened.completeExceptionally(new IllegalStateException("The store cannot be opened ("
                        + describe(embedded, url, dataDir) + "): " + rootMessage(e), e));
            }
        }, "store-opening");
        opening.setDaemon(true);
        opening.start();
        return store;
    }

    private static HikariDataSource connect(boolean embedded, String url, String user, String password,
                                            Path dataDir, Duration retention) {
        HikariConfig config = new HikariConfig();
        if (embedded) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new IllegalStateException("store.data-dir " + dataDir + " cannot be created: " + e.getMessage(), e);
            }
            // WRITE_DELAY=0: a commit is in the file before the caller goes on, so a killed process loses none;
            // RETENTION_TIME: H2's default, see RETENTION;
            // QUERY_CACHE_SIZE: every statement the store runs stays parsed (H2 keeps 8 per connection by default)
            config.setJdbcUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(EMBEDDED_NAME)
                    + ";WRITE_DELAY=0;RETENTION_TIME=" + retention.toMillis()
                    + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
            config.setUsername("sa");
            config.setPassword("");
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setPoolName("store");
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    /** Waits until the store is open; an {@link IllegalStateException} saying why when it cannot be. */
    public void awaitOpen() {
        try {
            opened.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IllegalStateException reason ? reason : e;
        }
    }

    private static String describe(boolean embedded, String url, Path dataDir) {
        return embedded ? "embedded H2 in " + dataDir.toAbsolutePath() : url.replaceAll("password=[^&;]*", "password=…");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** This process's id in the store: the owner of what it claims. */
    public String instanceId() {
        return instanceId;
    }

    public DataSource dataSource() {
        return openedDataSource();
    }

    private HikariDataSource openedDataSource() {
        awaitOpen();
        return opened.join();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Registers this process and starts its heartbeat. The embedded database is this process's alone (H2 locks its
     * file), so every other process recorded in it has died: their claims are abandoned at once.
     */
    private void register(HikariDataSource dataSource) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        try (Connection connection = dataSource.getConnection()) {
            if (embeddedFile != null) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM adapter_instance")) {
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO adapter_instance (instance_id, host, started_at, heartbeat_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, instanceId);
                insert.setString(2, host);
                insert.setObject(3, now());
                insert.setObject(4, now());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot register this adapter process", e);
        }
        long every = Math.max(1, lease.toMillis() / 4);
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try (Connection connection = openedDataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE adapter_instance SET heartbeat_at = ? WHERE instance_id = ?")) {
            update.setObject(1, now());
            update.setString(2, instanceId);
            update.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Store heartbeat failed: {}", e.getMessage());
        }
    }

    /** Runs the task now and then every period, on the store's own thread (upkeep such as removing expired rows). */
    public void every(Duration period, Runnable task) {
        heartbeat.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("Store upkeep failed: {}", e.getMessage());
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Work on one connection in one transaction. */
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work as one transaction of its own: all of it or nothing, and committed before this returns, so a
     * killed process loses none of it. Rolled back when it throws (an {@link SQLException} comes as a
     * {@link StoreFailure} saying {@code what}). Concurrent callers share commits (see {@link GroupCommit}).
     */
    <T> T inTransaction(String what, SqlWork<T> work) {
        return groupCommit().run(what, work);
    }

    private GroupCommit groupCommit() {
        awaitOpen();
        return commits;
    }

    /**
     * Runs an insert in a transaction of its own; false when the row's key is there already (SQLSTATE 23505 in H2
     * and PostgreSQL: the primary key decides which of several concurrent requests wins).
     */
    boolean insertUnlessPresent(String what, SqlWork<Integer> insert) {
        try {
            inTransaction(what, insert);
            return true;
        } catch (StoreFailure e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Whether the process that owns a claim is alive: this one, or one seen within the lease. */
    boolean isAlive(Connection connection, String owner) throws SQLException {
        if (instanceId.equals(owner)) {
            return true;
        }
        if (owner == null) {
            return false;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT heartbeat_at FROM adapter_instance WHERE instance_id = ?")) {
            select.setString(1, owner);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getObject(1, OffsetDateTime.class).isAfter(now().minus(lease));
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            // a rewrite of the embedded file's chunks under way ends before the file is compacted and closed
            heartbeat.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (commits != null) {
            commits.close();
        }
        if (!opened.isDone() || opened.isCompletedExceptionally()) {
            return;
        }
        HikariDataSource dataSource = opened.join();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM adapter_instance WHERE instance_id = ?")) {
            delete.setString(1, instanceId);
            delete.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Store: this process could not sign off: {}", e.getMessage());
        }
        if (embeddedFile != null) {
            compact(dataSource);
        }
        dataSource.close();
    }

    /**
     * Closes the embedded database with its file rewritten to its live data. While the adapter runs, the file
     * holds the chunks of the last retention time's commits besides its live data ({@link ChunkRewriter}); at
     * every stop it shrinks to its live data.
     */
    private void compact(HikariDataSource dataSource) {
        long started = System.nanoTime();
        long before = size(embeddedFile);
        // on a connection of its own, outside the pool: SHUTDOWN ends the database under every connection
        try (Connection connection = DriverManager.getConnection(dataSource.getJdbcUrl(),
                dataSource.getUsername(), dataSource.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Store: the embedded database could not be compacted: {}", e.getMessage());
            return;
        }
        LOG.info("Store: embedded database compacted from {} to {} KB in {} ms", before / 1024, size(embeddedFile) / 1024,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
