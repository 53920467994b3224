package org.presalesbridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.vertx.core.VertxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.EmbeddedAdapter;

/** The HTTP server gets a worker thread for every SAP connection, so that a large SAP pool is not capped at 20. */
class HttpWorkerThreadsTest {

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(Map.of("sap.jco.destination.peak_limit", "64"));

    @Test
    void sizesTheHttpWorkerThreadsFromTheSapPool() {
        assertThat(adapter.bean(VertxOptions.class).getWorkerPoolSize()).isEqualTo(64 + 20);
    }
}
