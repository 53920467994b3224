package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.presalesbridge.mocksap.server.CallRecord;
import org.presalesbridge.mocksap.server.MockSapAdmin;

/** What a test checks of the calls SAP received. */
public final class SapCalls {

    private SapCalls() {
    }

    /** The last call of that BAPI and the commit after it ran on one SAP session, the commit second. */
    public static void assertCommittedOnTheSessionOf(MockSapAdmin sap, String function) {
        List<CallRecord> calls = sap.calls();
        CallRecord bapi = calls.stream().filter(c -> c.function().equals(function)).reduce((a, b) -> b).orElseThrow();
        CallRecord commit = calls.stream().filter(c -> c.function().equals("BAPI_TRANSACTION_COMMIT"))
                .filter(c -> c.sequence() > bapi.sequence()).findFirst().orElseThrow();
        assertThat(commit.sessionId()).as("the commit ran on the session of " + function).isEqualTo(bapi.sessionId());
    }
}
