package org.presalesbridge.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the store's schema to its newest version: the scripts {@code db/migration/V<n>__<description>.sql},
 * listed in {@code db/migration/versions}, each run once, in the order of its version, and recorded in the table
 * {@code store_schema} with its checksum. A script that changed after it ran, a missing version, or a schema newer
 * than this adapter stops the store from opening, with the reason. Several processes may start on one PostgreSQL at
 * once: an advisory lock lets one of them migrate while the others wait. A store whose schema Flyway brought up
 * (the adapter's versions before this one) is taken over as it stands: its versions are copied from
 * {@code flyway_schema_history} once.
 */
final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    static final String LOCATION = "db/migration/";
    private static final Pattern SCRIPT = Pattern.compile("V([1-9][0-9]*)__([A-Za-z0-9_]+)\\.sql");
    /** The PostgreSQL advisory lock of the store's migrations (any number of the application's own choosing). */
    private static final long POSTGRES_LOCK = 0x5052_4553_414cL;
    /** H2's write delay while the versions run; the store's URL has 0 (each commit in the file) for all else. */
    private static final int H2_MIGRATION_WRITE_DELAY_MILLIS = 1000;
    /**
     * The audit trail's event ids the embedded H2 takes at a time (its default is 32). Each time it takes a new
     * block, H2 records the sequence's position with a commit of its own, which writes a chunk of its file: under
     * create load that was a sixth of the store writer's time. A process that dies skips the rest of its block (a gap
     * in the ids, never an id twice). PostgreSQL keeps its default of one: its blocks would be per connection, and
     * the trail lists a document's events in the order of their ids.
     */
    private static final int H2_EVENT_IDS_AT_A_TIME = 1000;

    /** One script: its version, its description (from its name), its statements and its checksum. */
    record Migration(int version, String description, String script, String checksum) {

        List<String> statements() {
            return SchemaMigrations.statements(script);
        }
    }

    private SchemaMigrations() {
    }

    /** Migrates the store's database; the versions it ran (empty when the schema was at its newest). */
    static List<Integer> migrate(DataSource dataSource) {
        List<Migration> migrations = load();
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            if (postgres) {
                try (Statement lock = connection.createStatement()) {
                    lock.execute("SELECT pg_advisory_lock(" + POSTGRES_LOCK + ")");
                }
            } else {
                // H2 commits each DDL statement by itself and, with WRITE_DELAY=0, writes a chunk of its file for
                // each: on a new store, the versions are written once at the end instead (a crash meanwhile leaves a
                // store without them, made again at the next start)
                try (Statement delay = connection.createStatement()) {
                    delay.execute("SET WRITE_DELAY " + H2_MIGRATION_WRITE_DELAY_MILLIS);
                }
            }
            try {
                List<Integer> ran = migrate(connection, migrations);
                if (!postgres) {
                    // in the write delay too: it costs the file no chunk of its own at each start
                    try (Statement blocks = connection.createStatement()) {
                        blocks.execute("ALTER TABLE audit_event ALTER COLUMN event_id SET CACHE "
                                + H2_EVENT_IDS_AT_A_TIME);
                    }
                }
                return ran;
            } finally {
                if (postgres) {
                    try (Statement unlock = connection.createStatement()) {
                        unlock.execute("SELECT pg_advisory_unlock(" + POSTGRES_LOCK + ")");
                    }
                } else {
                    try (Statement written = connection.createStatement()) {
                        written.execute("SET WRITE_DELAY 0");
                        written.execute("CHECKPOINT");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("its schema cannot be brought to version "
                    + migrations.get(migrations.size() - 1).version() + ": " + e.getMessage(), e);
        }
    }

    private static List<Integer> migrate(Connection connection, List<Migration> migrations) throws SQLException {
        connection.setAutoCommit(false);
        createHistory(connection);
        Map<Integer, String> applied = applied(connection);
        if (applied.isEmpty() && hasTable(connection, "flyway_schema_history")) {
            adoptFlywayHistory(connection, migrations);
            applied = applied(connection);
        }
        int newest = migrations.get(migrations.size() - 1).version();
        for (int version : applied.keySet()) {
            if (version > newest) {
                throw new IllegalStateException("its schema is at version " + version + ", newer than this adapter's "
                        + newest + ": a newer adapter has used this store");
            }
        }
        List<Integer> ran = new ArrayList<>();
        for (Migration migration : migrations) {
            String checksum = applied.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new IllegalStateException(name(migration) + " was changed after it ran on this store "
                            + "(checksum " + checksum + ", now " + migration.checksum() + ")");
                }
                continue;
            }
            run(connection, migration);
            ran.add(migration.version());
        }
        return ran;
    }

    private static void run(Connection connection, Migration migration) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements()) {
                statement.execute(sql);
            }
            record(connection, migration.version(), migration.description(), migration.checksum(), Instant.now());
            connection.commit();
        } catch (SQLException e) {
            // PostgreSQL takes the whole version back; H2 commits each DDL statement by itself
            connection.rollback();
            throw new SQLException(name(migration) + " failed: " + e.getMessage(), e.getSQLState(), e);
        }
        LOG.info("Store: schema version {} ({}) applied in {} ms", migration.version(), migration.description(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void createHistory(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS store_schema ("
                    + "version INTEGER NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        connection.commit();
    }

    private static Map<Integer, String> applied(Connection connection) throws SQLException {
        Map<Integer, String> applied = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, checksum FROM store_schema")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    /** The versions Flyway applied successfully, recorded with the checksums of the scripts as they are now. */
    private static void adoptFlywayHistory(Connection connection, List<Migration> migrations) throws SQLException {
        Map<Integer, Migration> byVersion = new TreeMap<>();
        migrations.forEach(migration -> byVersion.put(migration.version(), migration));
        int adopted = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"installed_on\" FROM "
                     + "\"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            while (rows.next()) {
                int version = Integer.parseInt(rows.getString(1));
                Migration migration = byVersion.get(version);
                if (migration == null) {
                    throw new IllegalStateException("Flyway's history of this store has version " + version
                            + ", which this adapter does not know");
                }
                record(connection, version, migration.description(), migration.checksum(),
                        rows.getTimestamp(2).toInstant());
                adopted++;
            }
        }
        connection.commit();
        LOG.info("Store: {} schema versions taken over from flyway_schema_history", adopted);
    }

    private static void record(Connection connection, int version, String description, String checksum,
                               Instant appliedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO store_schema (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            insert.setInt(1, version);
            insert.setString(2, description);
            insert.setString(3, checksum);
            insert.setTimestamp(4, Timestamp.from(appliedAt));
            insert.executeUpdate();
        }
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        // in the store's own schema only: another schema of the database may belong to another application
        String schema = connection.getSchema();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = metaData.getTables(null, schema, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The scripts named in {@code db/migration/versions}, in the order of their versions: 1, 2, … with none left out. */
    static List<Migration> load() {
        List<Migration> migrations = new ArrayList<>();
        for (String line : read(LOCATION + "versions").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher matcher = SCRIPT.matcher(name);
            if (!matcher.matches()) {
                throw new IllegalStateException(LOCATION + "versions names " + name + ", not V<n>__<description>.sql");
            }
            int version = Integer.parseInt(matcher.group(1));
            if (version != migrations.size() + 1) {
                throw new IllegalStateException(LOCATION + "versions lists " + name + " where version "
                        + (migrations.size() + 1) + " belongs");
            }
            String script = read(LOCATION + name);
            migrations.add(new Migration(version, matcher.group(2).replace('_', ' '), script, checksum(script)));
        }
        if (migrations.isEmpty()) {
            throw new IllegalStateException(LOCATION + "versions lists no script");
        }
        return List.copyOf(migrations);
    }

    /**
     * The script's statements: split at each semicolon that ends a line, without comment lines. The scripts hold
     * DDL only; a statement that needs a semicolon inside itself has to keep it off the line's end.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : script.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                statement.append(trimmed, 0, trimmed.length() - 1);
                statements.add(statement.toString().strip());
                statement.setLength(0);
            } else {
                statement.append(trimmed).append('\n');
            }
        }
        if (!statement.toString().isBlank()) {
            throw new IllegalStateException("a statement is not ended with a semicolon: " + statement.toString().strip());
        }
        return statements;
    }

    private static String checksum(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(script.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String name(Migration migration) {
        return "V" + migration.version() + "__" + migration.description().replace(' ', '_') + ".sql";
    }

    private static String read(String resource) {
        try (InputStream in = SchemaMigrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
