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
        assertFollowedOnItsSession(sap, function, "BAPI_TRANSACTION_COMMIT");
    }

    /**
     * The last call of that BAPI and the rollback after it ran on one SAP session: a rollback on another session
     * would leave the BAPI's work and its locks as they were.
     */
    public static void assertRolledBackOnTheSessionOf(MockSapAdmin sap, String function) {
        assertFollowedOnItsSession(sap, function, "BAPI_TRANSACTION_ROLLBACK");
    }

    private static void assertFollowedOnItsSession(MockSapAdmin sap, String function, String follower) {
        List<CallRecord> calls = sap.calls();
        CallRecord bapi = calls.stream().filter(c -> c.function().equals(function)).reduce((a, b) -> b).orElseThrow();
        CallRecord after = calls.stream().filter(c -> c.function().equals(follower))
                .filter(c -> c.sequence() > bapi.sequence()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + follower + " after " + function + ": " + calls));
        assertThat(after.sessionId()).as(follower + " ran on the session of " + function).isEqualTo(bapi.sessionId());
    }
}
