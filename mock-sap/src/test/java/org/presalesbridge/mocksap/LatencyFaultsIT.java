package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.sap.conn.jco.JCoException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.presalesbridge.mocksap.server.CallRecord;
import org.presalesbridge.mocksap.server.FaultSettings;

/**
 * The latency faults, checked by the clock: each call answers no earlier than the latency set, each new connection
 * logs on no earlier than the logon delay. Only lower bounds, so that a loaded machine cannot fail them; run with
 * the integration tests, not the unit tests, as every check that reads a clock.
 */
class LatencyFaultsIT extends SdTestSupport {

    @AfterEach
    void faultsOff() {
        admin.setFaults(FaultSettings.NONE);
    }

    @Test
    void addsFixedLatencyToEveryCall() throws JCoException {
        ping(destination);
        admin.setFaults(FaultSettings.NONE.withLatency(Duration.ofMillis(300), Duration.ofMillis(300)));

        assertThat(millisOf(() -> ping(destination))).isGreaterThanOrEqualTo(300);
    }

    @Test
    void addsLatencyWithinBounds() throws JCoException {
        ping(destination);
        admin.setFaults(FaultSettings.NONE.withLatency(Duration.ofMillis(100), Duration.ofMillis(150)));

        // only the lower bound: how much longer a loaded machine takes says nothing about mock-sap
        for (int i = 0; i < 3; i++) {
            assertThat(millisOf(() -> ping(destination))).isGreaterThanOrEqualTo(100L);
        }
    }

    @Test
    void keepsALatencyThatIsNotWholeMilliseconds() throws JCoException {
        ping(destination);
        Duration latency = Duration.ofMillis(100).plusNanos(400_000);
        admin.setFaults(FaultSettings.NONE.withLatency(latency, latency));
        int before = admin.calls().size();

        for (int i = 0; i < 3; i++) {
            ping(destination);
        }

        // the fraction of a millisecond is kept: each call answers no earlier than 100.4 ms after it came in
        assertThat(admin.calls().subList(before, before + 3)).extracting(CallRecord::duration)
                .allSatisfy(duration -> assertThat(duration).isGreaterThanOrEqualTo(latency));
    }

    @Test
    void slowLogonDelaysEveryNewConnection() throws JCoException {
        admin.setFaults(FaultSettings.NONE.withLogonDelay(Duration.ofMillis(400)));

        assertThat(millisOf(() -> ping(sap.unpooledDestination()))).isGreaterThanOrEqualTo(400);
    }

    private long millisOf(ThrowingCall call) throws JCoException {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws JCoException;
    }
}
