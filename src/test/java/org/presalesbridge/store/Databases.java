package org.presalesbridge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Named;

import org.presalesbridge.TempFiles;

/**
 * The two databases the store runs on: the embedded H2 file of the default, and a real PostgreSQL that the tests
 * start themselves (PostgreSQL's own binaries from Maven Central, unpacked and run as a server process on a free
 * port; nothing to install). One PostgreSQL serves every test of the JVM; each store gets a fresh database.
 */
public final class Databases {

    /** Opens a store on a fresh database. */
    public interface Opener {
        Store open(Duration lease);
    }

    private static EmbeddedPostgres postgres;
    private static int databases;

    private Databases() {
    }

    /** Both databases, named for the test report. */
    public static Stream<Named<Opener>> both() {
        return Stream.of(Named.of("H2", h2()), Named.of("PostgreSQL", postgres()));
    }

    public static Opener h2() {
        return lease -> {
            try {
                Path directory = TempFiles.directory("presales-bridge-store-");
                return Store.open("", "", "", directory, lease);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    public static Opener postgres() {
        return lease -> Store.open(newPostgresDatabase(), "postgres", "", Path.of("unused"), lease);
    }

    /** A new empty database on the test PostgreSQL; its JDBC URL. */
    public static synchronized String newPostgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(Databases::stopPostgres));
            }
            String name = "store_" + (++databases);
            try (var connection = postgres.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the test PostgreSQL cannot create a database", e);
        }
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM ends anyway; the server stops with it
        }
    }
}
