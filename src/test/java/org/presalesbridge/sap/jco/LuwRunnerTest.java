package org.presalesbridge.sap.jco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.sap.SapTimeout;
import org.presalesbridge.sap.SapUnavailable;

/**
 * What a caller is told when SAP is slow during a write and the display of what it saved, which run on one worker:
 * the answer must say whether the document may be in SAP. And the bulkhead the runner keeps for the JCo connector:
 * work that waited too long for a connection is refused without reaching SAP.
 */
class LuwRunnerTest {

    private static final long TIMEOUT_MILLIS = 200;

    private final LuwRunner runner = new LuwRunner(2, TIMEOUT_MILLIS);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseWorkers() {
        release.countDown();
        runner.close();
    }

    @Test
    void answersTheDisplayOfWhatTheWriteSaved() {
        String shown = runner.runThenRead(luw -> luw.startCommit() ? "20000000" : "rolled back",
                number -> "quotation " + number);

        assertThat(shown).isEqualTo("quotation 20000000");
    }

    @Test
    void aWriteTooSlowToCommitSavesNothing() throws InterruptedException {
        AtomicBoolean committed = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);

        assertThatThrownBy(() -> runner.runThenRead(luw -> {
            waitForRelease();
            committed.set(luw.startCommit());
            ended.countDown();
            return "20000000";
        }, number -> number)).isInstanceOf(SapTimeout.class).hasMessageContaining("nothing was saved");

        release.countDown();
        assertThat(ended.await(10, TimeUnit.SECONDS)).as("the worker went on to its commit").isTrue();
        assertThat(committed).as("the worker may not commit once the caller gave up").isFalse();
    }

    @Test
    void aDisplayTooSlowAfterTheCommitSaysTheDocumentWasSaved() {
        assertThatThrownBy(() -> runner.runThenRead(luw -> luw.startCommit() ? "20000000" : "rolled back",
                number -> {
                    waitForRelease();
                    return number;
                }))
                .isInstanceOf(SapTimeout.class)
                .hasMessageContaining("saved the document but did not display it")
                .hasMessageNotContaining("nothing was saved");
    }

    @Test
    void aCommitUnderWayWhenTheTimeRunsOutDecidesTheAnswer() {
        String shown = runner.runThenRead(luw -> {
            luw.startCommit();
            sleep(TIMEOUT_MILLIS + TIMEOUT_MILLIS / 2);
            return "20000000";
        }, number -> number);

        assertThat(shown).isEqualTo("20000000");
    }

    @Test
    void withTheBulkheadWorkThatFindsNoFreeWorkerWithinTheWaitIsRefusedAndNeverRuns() throws Exception {
        LuwRunner kept = new LuwRunner(2, 10_000);
        kept.keepBulkhead(100);
        try {
            CountDownLatch busy = new CountDownLatch(2);
            CompletableFuture<String> one = CompletableFuture.supplyAsync(() -> kept.run(luw -> blocked(busy, "one")));
            CompletableFuture<String> two = CompletableFuture.supplyAsync(() -> kept.run(luw -> blocked(busy, "two")));
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicBoolean ran = new AtomicBoolean();

            assertThatThrownBy(() -> kept.run(luw -> ran.getAndSet(true)))
                    .isInstanceOf(SapUnavailable.class)
                    .hasMessage("All 2 SAP connections are busy; send the request again shortly.")
                    .satisfies(e -> assertThat(((SapUnavailable) e).retryAfterSeconds()).isEqualTo(1));

            release.countDown();
            assertThat(one.get(10, TimeUnit.SECONDS)).isEqualTo("one");
            assertThat(two.get(10, TimeUnit.SECONDS)).isEqualTo("two");
            // the queue is first in, first out: work sent after the refused one runs only after it was passed over
            String after = kept.run(luw -> "after");
            assertThat(after).isEqualTo("after");
            assertThat(ran).as("refused work must not reach SAP").isFalse();
        } finally {
            kept.close();
        }
    }

    @Test
    void withTheBulkheadTheTimeoutCountsFromWhenAWorkerStartsTheWork() throws Exception {
        LuwRunner kept = new LuwRunner(1, TIMEOUT_MILLIS);
        kept.keepBulkhead(10_000);
        try {
            CountDownLatch busy = new CountDownLatch(1);
            CompletableFuture<String> first =
                    CompletableFuture.supplyAsync(() -> kept.run(luw -> blocked(busy, "first")));
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> kept.run(luw -> "second"));

            sleep(2 * TIMEOUT_MILLIS); // the second waits in the queue longer than the call timeout
            release.countDown();

            assertThatThrownBy(first::join).hasCauseInstanceOf(SapTimeout.class);
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        } finally {
            kept.close();
        }
    }

    /** Work that says it runs ({@code busy}), then holds its worker until the test releases it. */
    private String blocked(CountDownLatch busy, String answer) {
        busy.countDown();
        waitForRelease();
        return answer;
    }

    private void waitForRelease() {
        awaitQuietly(release);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
