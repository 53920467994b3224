package org.presalesbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.presalesbridge.TempFiles;

/** The store's schema versions: each runs once, in order, on H2 and on PostgreSQL, and a store that disagrees is refused. */
class SchemaMigrationsTest {

    private final List<HikariDataSource> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(HikariDataSource::close);
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void anEmptyDatabaseGetsEveryVersionInOrderAndASecondStartRunsNone(String database) throws Exception {
        DataSource dataSource = database(database);

        assertThat(SchemaMigrations.migrate(dataSource)).containsExactly(1, 2, 3);
        assertThat(SchemaMigrations.migrate(dataSource)).isEmpty();

        assertThat(versions(dataSource)).containsExactly(1, 2, 3);
        // the newest version's column exists: V3 added change_mark to V1's table
        assertThat(count(dataSource, "SELECT COUNT(change_mark) FROM idempotency_record")).isZero();
    }

    @Test
    void afterTheVersionsOfANewEmbeddedStoreEachCommitIsInTheFileAgainBeforeTheCallerGoesOn() throws Exception {
        DataSource dataSource = database("H2");
        execute(dataSource, "SET WRITE_DELAY 0"); // as the store's URL has it

        SchemaMigrations.migrate(dataSource);

        assertThat(count(dataSource, "SELECT CAST(SETTING_VALUE AS INT) FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME = 'WRITE_DELAY'")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aScriptChangedAfterItRanStopsTheStoreFromOpening(String database) throws Exception {
        assertRefusedAfter(database, "UPDATE store_schema SET checksum = 'before' WHERE version = 2",
                "V2__accepted_requests.sql was changed after it ran on this store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aSchemaOfANewerAdapterIsRefused(String database) throws Exception {
        assertRefusedAfter(database, "INSERT INTO store_schema VALUES (4, 'later', 'x', CURRENT_TIMESTAMP)",
                "schema is at version 4, newer than this adapter's 3");
    }

    /** A migrated store, then the change to its history: the next start refuses it with the reason. */
    private void assertRefusedAfter(String database, String change, String reason) throws Exception {
        DataSource dataSource = database(database);
        SchemaMigrations.migrate(dataSource);
        execute(dataSource, change);

        assertThatThrownBy(() -> SchemaMigrations.migrate(dataSource))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aStoreThatFlywayBroughtToVersion2IsTakenOverAndGetsVersion3(String database) throws Exception {
        DataSource dataSource = database(database);
        // the store as the adapter's versions before left it: versions 1 and 2 run, Flyway's history of them
        for (SchemaMigrations.Migration migration : SchemaMigrations.load().subList(0, 2)) {
            for (String statement : migration.statements()) {
                execute(dataSource, statement);
            }
        }
        execute(dataSource, "CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT NOT NULL PRIMARY KEY, "
                + "\"version\" VARCHAR(50), \"description\" VARCHAR(200) NOT NULL, \"installed_on\" TIMESTAMP NOT NULL, "
                + "\"success\" BOOLEAN NOT NULL)");
        execute(dataSource, "INSERT INTO \"flyway_schema_history\" VALUES (1, '1', 'store', CURRENT_TIMESTAMP, TRUE), "
                + "(2, '2', 'accepted requests', CURRENT_TIMESTAMP, TRUE)");
        execute(dataSource, "INSERT INTO document_key (document_kind, external_id, state, request_fingerprint, "
                + "claimed_at) VALUES ('QUOTATION', 'CRM-KEPT', 'CLAIMED', 'f', CURRENT_TIMESTAMP)");

        assertThat(SchemaMigrations.migrate(dataSource)).containsExactly(3);

        assertThat(versions(dataSource)).containsExactly(1, 2, 3);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM document_key WHERE external_id = 'CRM-KEPT'")).isOne();
        assertThat(count(dataSource, "SELECT COUNT(left_in_doubt_at) FROM idempotency_record")).isZero();
    }

    @Test
    void fourProcessesStartingAtOnceOnOnePostgresqlApplyEachVersionOnce() throws Exception {
        String url = Databases.newPostgresDatabase();
        List<DataSource> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(postgres(url));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<List<Integer>>> ran = new ArrayList<>();
        for (DataSource process : processes) {
            ran.add(threads.submit(() -> {
                start.await();
                return SchemaMigrations.migrate(process);
            }));
        }
        start.countDown();
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> versions : ran) {
            all.addAll(versions.get());
        }
        threads.shutdown();

        assertThat(all).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(versions(processes.get(0))).containsExactly(1, 2, 3);
    }

    @Test
    void statementsEndAtASemicolonAtTheEndOfALineAndCommentsAreLeftOut() {
        assertThat(SchemaMigrations.statements("""
                -- a table
                CREATE TABLE a (
                    x INT  -- not a comment line
                );
                CREATE INDEX a_x ON a (x);
                """)).containsExactly("CREATE TABLE a (\nx INT  -- not a comment line\n)", "CREATE INDEX a_x ON a (x)");
        assertThatThrownBy(() -> SchemaMigrations.statements("CREATE TABLE b (x INT)"))
                .hasMessageContaining("not ended with a semicolon");
    }

    private DataSource database(String database) throws Exception {
        if (database.equals("H2")) {
            Path directory = TempFiles.directory("presales-bridge-schema-");
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl("jdbc:h2:file:" + directory.resolve("presales-bridge"));
            dataSource.setUsername("sa");
            opened.add(dataSource);
            return dataSource;
        }
        return postgres(Databases.newPostgresDatabase());
    }

    private DataSource postgres(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(2);
        opened.add(dataSource);
        return dataSource;
    }

    private static List<Integer> versions(DataSource dataSource) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT version FROM store_schema ORDER BY version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
