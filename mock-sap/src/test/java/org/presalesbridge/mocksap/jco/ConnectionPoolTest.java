package org.presalesbridge.mocksap.jco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.jco.support.Systems;

/** The destination's pool: peak_limit bounds the connections in use, max_get_client_time bounds the wait. */
class ConnectionPoolTest {
    private Systems systems;

    @AfterEach
    void stop() {
        if (systems != null) {
            systems.stop();
        }
    }

    @Test
    void aThirdCallerFindsNoConnectionWithinMaxGetClientTimeAndGetsAResourceError() throws Exception {
        Properties pool = new Properties();
        pool.setProperty("jco.destination.peak_limit", "2");
        pool.setProperty("jco.destination.pool_capacity", "1");
        pool.setProperty("jco.destination.max_get_client_time", "200");
        systems = Systems.start("POOL", pool);
        assertThat(systems.destination.getPeakLimit()).isEqualTo(2);
        assertThat(systems.destination.getMaxGetClientTime()).isEqualTo(200);

        CountDownLatch holding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> holders = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread holder = new Thread(() -> {
                try {
                    JCoContext.begin(systems.destination);
                    try {
                        systems.destination.getRepository().getFunction("RFC_PING").execute(systems.destination);
                        holding.countDown();
                        release.await(10, TimeUnit.SECONDS);
                    } finally {
                        JCoContext.end(systems.destination);
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                    holding.countDown();
                }
            });
            holders.add(holder);
            holder.start();
        }
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(failures).isEmpty();
            JCoFunction third = systems.destination.getRepository().getFunction("RFC_PING");
            assertThatThrownBy(() -> third.execute(systems.destination))
                    .isInstanceOfSatisfying(JCoException.class,
                            e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_RESOURCE));
        } finally {
            release.countDown();
            for (Thread holder : holders) {
                holder.join(10_000);
            }
        }
        assertThat(systems.sap.logons()).isEqualTo(2);
        systems.destination.getRepository().getFunction("RFC_PING").execute(systems.destination);
        assertThat(systems.sap.logons()).isEqualTo(2);
    }

    @Test
    void theDefaultsAreThoseOfSapsJco() throws JCoException {
        systems = Systems.start("POOLDEFAULTS");
        assertThat(systems.destination.getPoolCapacity()).isEqualTo(1);
        assertThat(systems.destination.getPeakLimit()).isZero();
        assertThat(systems.destination.getMaxGetClientTime()).isEqualTo(30_000);
    }

    @Test
    void poolCapacityZeroClosesEachConnectionAfterUse() throws JCoException {
        Properties pool = new Properties();
        pool.setProperty("jco.destination.pool_capacity", "0");
        systems = Systems.start("NOPOOL", pool);
        systems.destination.getRepository().getFunction("RFC_PING").execute(systems.destination);
        systems.destination.getRepository().getFunction("RFC_PING").execute(systems.destination);
        assertThat(systems.sap.logons()).isEqualTo(2);
        assertThat(systems.sap.closes()).isEqualTo(2);
    }
}
