package org.presalesbridge.mocksap.server;

import java.time.Duration;
import java.time.Instant;

/**
 * One function call as the ledger keeps it: sequence number, session id, function module, when it
 * started, how long it took, its outcome and a detail (the first error message, the exception text).
 */
public record CallRecord(long sequence, String sessionId, String function, Instant at, Duration duration,
                         Outcome outcome, String detail) {

    public enum Outcome {
        /** Ran; no RETURN row of type E or A. */
        OK,
        /** Ran and answered with a RETURN row of type E or A. */
        ERROR_MESSAGE,
        /** Raised a classic ABAP exception (AbapException), as RFC_READ_TABLE does. */
        ABAP_EXCEPTION,
        /** Dumped (JCO_ERROR_SYSTEM_FAILURE), injected or not. */
        SYSTEM_FAILURE,
        /** The connection broke (JCO_ERROR_COMMUNICATION) before the function ran. */
        COMMUNICATION_FAILURE,
        /** The function ran (a commit: durably) and its answer was lost on the way back. */
        ANSWER_LOST,
        /** The function module does not exist. */
        NOT_FOUND
    }
}
