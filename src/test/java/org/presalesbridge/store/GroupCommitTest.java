package org.presalesbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The store's shared commits when the database cannot be reached (every caller hears of it, none waits on), and when
 * one work of a batch fails (its caller hears of it, the others commit).
 */
class GroupCommitTest {

    @Test
    void whenTheDatabaseCannotBeReachedEveryCallerOfTheBatchGetsAStoreFailure() throws Exception {
        JdbcDataSource unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:tcp://127.0.0.1:1/nothing-listens-here");
        try (GroupCommit commits = new GroupCommit(unreachable, 1)) {
            List<CompletableFuture<Integer>> callers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                callers.add(CompletableFuture.supplyAsync(() -> commits.run("claim", connection -> 1)));
            }
            for (CompletableFuture<Integer> caller : callers) {
                // the bound only keeps a broken build from hanging; the answer comes as soon as the connect fails
                assertThatThrownBy(() -> caller.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(StoreFailure.class).hasMessageContaining("claim");
            }
        }
    }

    @Test
    void aWorkFailingWithoutAnSqlStateFailsItsCallerWithAStoreFailureAndTheOthersCommit() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:group-commit-test;DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE work_done (id INT PRIMARY KEY)");
        }
        try (GroupCommit commits = new GroupCommit(database, 1)) {
            List<CompletableFuture<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int id = i;
                others.add(CompletableFuture.supplyAsync(() -> commits.run("insert " + id, connection -> {
                    try (Statement sql = connection.createStatement()) {
                        return sql.executeUpdate("INSERT INTO work_done VALUES (" + id + ")");
                    }
                })));
            }
            CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> commits.run("record created",
                    connection -> {
                        throw new SQLException("no room left on the device"); // no SQL state, as a trigger's own
                    }));

            assertThatThrownBy(() -> failing.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(StoreFailure.class).hasMessageContaining("record created")
                    .hasMessageContaining("no room left");
            for (CompletableFuture<Integer> other : others) {
                assertThat(other.get(60, TimeUnit.SECONDS)).isEqualTo(1);
            }
        }
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM work_done")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(8);
        }
    }
}
