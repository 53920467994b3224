package org.presalesbridge.mocksap.server;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The faults a simulated SAP system injects, all off in {@link #NONE}. A value object: read it with
 * {@link Faults#settings()}, change it with {@link Faults#set(FaultSettings)} (also over the admin API).
 *
 * @param latencyMin        least added latency per function call (zero: none)
 * @param latencyMax        most added latency per call; equal to min for a fixed latency
 * @param errors            by function module name (or "*" for every function): calls that fail
 *                          without running, as a dump (SYSTEM_FAILURE) or as a RETURN row of type A
 * @param communicationFailure calls whose connection breaks before the function runs: the caller
 *                          gets JCO_ERROR_COMMUNICATION, the session and its uncommitted work are gone
 * @param commitAnswerLost  BAPI_TRANSACTION_COMMIT calls that commit (durably) and then lose their
 *                          answer: the caller gets JCO_ERROR_COMMUNICATION and cannot tell (in doubt)
 * @param sapDown           every logon and every call fails with a communication error
 * @param logonDelay        added to every logon (zero: none)
 */
public record FaultSettings(Duration latencyMin, Duration latencyMax, Map<String, ErrorFault> errors,
                            Failure communicationFailure, Failure commitAnswerLost, boolean sapDown,
                            Duration logonDelay) {

    public static final FaultSettings NONE = new FaultSettings(Duration.ZERO, Duration.ZERO, Map.of(), Failure.NEVER,
            Failure.NEVER, false, Duration.ZERO);

    /** All functions, in {@link #errors} and {@link Failure#function()}. */
    public static final String EVERY_FUNCTION = "*";

    public FaultSettings {
        latencyMin = latencyMin == null ? Duration.ZERO : latencyMin;
        latencyMax = latencyMax == null ? latencyMin : latencyMax;
        if (latencyMax.compareTo(latencyMin) < 0) {
            throw new IllegalArgumentException("latencyMax " + latencyMax + " lies below latencyMin " + latencyMin);
        }
        errors = errors == null ? Map.of() : Map.copyOf(errors);
        communicationFailure = communicationFailure == null ? Failure.NEVER : communicationFailure;
        commitAnswerLost = commitAnswerLost == null ? Failure.NEVER : commitAnswerLost;
        logonDelay = logonDelay == null ? Duration.ZERO : logonDelay;
    }

    /** How a function fails when an error fault hits it. */
    public enum ErrorMode {
        /** An ABAP short dump: the caller gets JCoException JCO_ERROR_SYSTEM_FAILURE. */
        SYSTEM_FAILURE,
        /** The function answers with a RETURN row of type A (abort) and does nothing; functions without RETURN dump. */
        ABORT_MESSAGE
    }

    /**
     * An error fault of a function: each call fails with the given probability (1 = always), for
     * at most {@code times} calls (0: no limit).
     */
    public record ErrorFault(double rate, ErrorMode mode, int times) {
        public ErrorFault {
            Failure.check(rate, times);
            mode = mode == null ? ErrorMode.SYSTEM_FAILURE : mode;
        }
    }

    /**
     * A connection failure: calls of the function (or "*") fail with the given probability (1 =
     * always), for at most {@code times} calls (0: no limit).
     */
    public record Failure(String function, double rate, int times) {

        public static final Failure NEVER = new Failure(EVERY_FUNCTION, 0, 0);

        public Failure {
            function = function == null || function.isEmpty() ? EVERY_FUNCTION : function;
            check(rate, times);
        }

        static void check(double rate, int times) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("rate " + rate + " is not between 0 and 1");
            }
            if (times < 0) {
                throw new IllegalArgumentException("times " + times + " is negative");
            }
        }

        public boolean applies(String functionName) {
            return rate > 0 && (function.equals(EVERY_FUNCTION) || function.equals(functionName));
        }
    }

    public FaultSettings withLatency(Duration min, Duration max) {
        return new FaultSettings(min, max, errors, communicationFailure, commitAnswerLost, sapDown, logonDelay);
    }

    public FaultSettings withError(String function, ErrorFault fault) {
        Map<String, ErrorFault> changed = new HashMap<>(errors);
        changed.put(function, fault);
        return new FaultSettings(latencyMin, latencyMax, changed, communicationFailure, commitAnswerLost, sapDown,
                logonDelay);
    }

    public FaultSettings withCommunicationFailure(Failure failure) {
        return new FaultSettings(latencyMin, latencyMax, errors, failure, commitAnswerLost, sapDown, logonDelay);
    }

    public FaultSettings withCommitAnswerLost(Failure failure) {
        return new FaultSettings(latencyMin, latencyMax, errors, communicationFailure, failure, sapDown, logonDelay);
    }

    public FaultSettings withSapDown(boolean down) {
        return new FaultSettings(latencyMin, latencyMax, errors, communicationFailure, commitAnswerLost, down,
                logonDelay);
    }

    public FaultSettings withLogonDelay(Duration delay) {
        return new FaultSettings(latencyMin, latencyMax, errors, communicationFailure, commitAnswerLost, sapDown,
                delay);
    }
}
