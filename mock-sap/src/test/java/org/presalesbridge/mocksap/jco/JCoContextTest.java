package org.presalesbridge.mocksap.jco;

import static org.assertj.core.api.Assertions.assertThat;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.jco.support.Systems;

/** JCoContext binds a thread's calls to one SAP session, so that a BAPI and its commit meet. */
class JCoContextTest {
    private Systems systems;

    @BeforeEach
    void start() throws JCoException {
        systems = Systems.start("CONTEXT");
    }

    @AfterEach
    void stop() throws JCoException {
        while (JCoContext.isStateful(systems.destination)) {
            JCoContext.end(systems.destination);
        }
        systems.stop();
    }

    private void call(String function) throws JCoException {
        systems.destination.getRepository().getFunction(function).execute(systems.destination);
    }

    @Test
    void callsBetweenBeginAndEndShareOneSessionAndTheCommitCommitsTheirWork() throws JCoException {
        call("RFC_PING");
        JCoContext.begin(systems.destination);
        assertThat(JCoContext.isStateful(systems.destination)).isTrue();
        int resetsBefore = systems.sap.resets();
        call("Z_TEST_WRITE");
        call("Z_TEST_WRITE");
        call("BAPI_TRANSACTION_COMMIT");
        int session = systems.sap.sessionOfLast("Z_TEST_WRITE");
        assertThat(systems.sap.sessionOfLast("BAPI_TRANSACTION_COMMIT")).isEqualTo(session);
        assertThat(systems.sap.resets()).isEqualTo(resetsBefore);
        assertThat(systems.sap.commits(session)).isEqualTo(1);
        assertThat(systems.sap.committedChanges()).isEqualTo(2);
        JCoContext.end(systems.destination);
        assertThat(JCoContext.isStateful(systems.destination)).isFalse();
        assertThat(systems.sap.resets()).isEqualTo(resetsBefore + 1);
    }

    @Test
    void nestedBeginAndEndKeepTheSessionUntilTheOutermostEnd() throws JCoException {
        JCoContext.begin(systems.destination);
        JCoContext.begin(systems.destination);
        call("Z_TEST_WRITE");
        JCoContext.end(systems.destination);
        assertThat(JCoContext.isStateful(systems.destination)).isTrue();
        call("BAPI_TRANSACTION_COMMIT");
        assertThat(systems.sap.sessionOfLast("BAPI_TRANSACTION_COMMIT"))
                .isEqualTo(systems.sap.sessionOfLast("Z_TEST_WRITE"));
        assertThat(systems.sap.committedChanges()).isEqualTo(1);
        JCoContext.end(systems.destination);
        assertThat(JCoContext.isStateful(systems.destination)).isFalse();
    }

    @Test
    void aCommitOutsideTheContextLandsOnAResetSessionAndCommitsNothing() throws JCoException {
        call("Z_TEST_WRITE");
        int resetsAfterWrite = systems.sap.resets();
        call("BAPI_TRANSACTION_COMMIT");
        assertThat(resetsAfterWrite).isEqualTo(1);
        assertThat(systems.sap.commits(systems.sap.sessionOfLast("BAPI_TRANSACTION_COMMIT"))).isEqualTo(1);
        assertThat(systems.sap.committedChanges()).isZero();
    }

    @Test
    void contextsOfTwoThreadsUseTwoSessions() throws Exception {
        JCoContext.begin(systems.destination);
        call("Z_TEST_WRITE");
        int mine = systems.sap.sessionOfLast("Z_TEST_WRITE");
        Thread other = new Thread(() -> {
            try {
                JCoContext.begin(systems.destination);
                call("RFC_PING");
                JCoContext.end(systems.destination);
            } catch (JCoException e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        other.join();
        assertThat(systems.sap.sessionOfLast("RFC_PING")).isNotEqualTo(mine);
        call("BAPI_TRANSACTION_COMMIT");
        assertThat(systems.sap.sessionOfLast("BAPI_TRANSACTION_COMMIT")).isEqualTo(mine);
        assertThat(systems.sap.committedChanges()).isEqualTo(1);
        JCoContext.end(systems.destination);
    }
}
