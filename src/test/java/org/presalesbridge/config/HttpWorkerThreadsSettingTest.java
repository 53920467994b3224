package org.presalesbridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.presalesbridge.config.HttpWorkerThreadsTest.PEAK_LIMIT;
import static org.presalesbridge.config.HttpWorkerThreadsTest.workerPoolSize;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.EmbeddedAdapter;

/** {@code api.worker-threads}, when set, is the HTTP server's worker pool, whatever the SAP pool. */
class HttpWorkerThreadsSettingTest {

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(Map.of(
            "sap.jco.destination.peak_limit", String.valueOf(PEAK_LIMIT),
            "api.worker-threads", "30"));

    @Test
    void aTeamSetsTheNumberOfWorkerThreadsItself() throws InterruptedException {
        assertThat(workerPoolSize(adapter, 4 * PEAK_LIMIT)).isEqualTo(30);
    }
}
