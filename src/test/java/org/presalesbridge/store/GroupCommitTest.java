package org.presalesbridge.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The store's shared commits when the database cannot be reached: every caller hears of it, none waits on. */
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
}
