package org.presalesbridge.sap.jco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.sap.SapTimeout;

/**
 * What a caller is told when SAP is slow during a write and the display of what it saved, which run on one worker:
 * the answer must say whether the document may be in SAP.
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
    void aWriteTooSlowToCommitSavesNothing() {
        AtomicBoolean committed = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);

        assertThatThrownBy(() -> runner.runThenRead(luw -> {
            waitForRelease();
            committed.set(luw.startCommit());
            ended.countDown();
            return "20000000";
        }, number -> number)).isInstanceOf(SapTimeout.class).hasMessageContaining("nothing was saved");

        release.countDown();
        awaitQuietly(ended);
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
