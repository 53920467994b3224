package org.presalesbridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Vertx;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.EmbeddedAdapter;

/**
 * The HTTP server gets two worker threads for every SAP connection and 20 more, so that a large SAP pool is not
 * capped at Vert.x's 20 and the next document is ready when a connection comes free: counted on the Vert.x the
 * API's router runs on, by filling its worker pool with tasks that wait.
 */
class HttpWorkerThreadsTest {

    static final int PEAK_LIMIT = 64;

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(Map.of("sap.jco.destination.peak_limit",
            String.valueOf(PEAK_LIMIT)));

    @Test
    void theApisServerHasTwoWorkerThreadsForEverySapConnectionAndTwentyMore() throws InterruptedException {
        assertThat(workerPoolSize(adapter, 4 * PEAK_LIMIT)).isEqualTo(2 * PEAK_LIMIT + 20);
    }

    /** Fills the worker pool of the adapter's HTTP server with {@code tasks} tasks that wait, and counts them. */
    static int workerPoolSize(EmbeddedAdapter adapter, int tasks) throws InterruptedException {
        Vertx vertx = adapter.bean(VertxPlatformHttpRouter.class).vertx();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        try {
            for (int task = 0; task < tasks; task++) {
                vertx.executeBlocking(() -> {
                    running.incrementAndGet();
                    release.await();
                    return null;
                }, false);
            }
            return runningOnceSettled(running);
        } finally {
            release.countDown();
        }
    }

    /** The number of tasks running once no more start for half a second: the pool's size, as the rest queue. */
    private static int runningOnceSettled(AtomicInteger running) throws InterruptedException {
        int seen = -1;
        for (int look = 0; look < 40 && seen != running.get(); look++) {
            seen = running.get();
            Thread.sleep(500);
        }
        return running.get();
    }
}
