package org.presalesbridge.mocksap.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.presalesbridge.mocksap.server.FaultSettings.ErrorFault;
import org.presalesbridge.mocksap.server.FaultSettings.Failure;

/**
 * The live faults of a simulated SAP system: switchable at run time from any thread, off by
 * default. Setting new settings re-arms the "at most N times" counters.
 */
public final class Faults {

    private volatile FaultSettings settings = FaultSettings.NONE;
    private final Map<String, AtomicInteger> used = new ConcurrentHashMap<>();

    public FaultSettings settings() {
        return settings;
    }

    public void set(FaultSettings newSettings) {
        used.clear();
        settings = newSettings == null ? FaultSettings.NONE : newSettings;
    }

    public void clear() {
        set(FaultSettings.NONE);
    }

    boolean sapDown() {
        return settings.sapDown();
    }

    Duration logonDelay() {
        return settings.logonDelay();
    }

    /** The latency of one call, its time in SAP: fixed, or drawn evenly between min and max. */
    Duration latency() {
        FaultSettings current = settings;
        long min = current.latencyMin().toNanos();
        long max = current.latencyMax().toNanos();
        if (max == 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1));
    }

    /** The error fault that hits this call of the function, if one does. */
    ErrorFault error(String function) {
        FaultSettings current = settings;
        String key = current.errors().containsKey(function) ? function : FaultSettings.EVERY_FUNCTION;
        ErrorFault fault = current.errors().get(key);
        return fault != null && hits("error " + key, fault.rate(), fault.times()) ? fault : null;
    }

    boolean communicationFailure(String function) {
        Failure failure = settings.communicationFailure();
        return failure.applies(function) && hits("communication", failure.rate(), failure.times());
    }

    boolean commitAnswerLost(String function) {
        Failure failure = settings.commitAnswerLost();
        return failure.applies(function) && hits("commit answer", failure.rate(), failure.times());
    }

    private boolean hits(String fault, double rate, int times) {
        if (rate <= 0 || rate < 1 && ThreadLocalRandom.current().nextDouble() >= rate) {
            return false;
        }
        if (times == 0) {
            return true;
        }
        return used.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet() <= times;
    }

    /**
     * Sleeps until System.nanoTime() reaches the given time; at once when it has. Parks instead of
     * {@code Thread.sleep(millis, nanos)}, which in Java 17 rounds up to the next whole millisecond:
     * a call at a latency of 20 ms whose work took 0.3 ms slept 20 ms instead of 19.7 and answered
     * 0.3 ms late. An interrupt ends the sleep and stays set.
     */
    static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            LockSupport.parkNanos(left);
        }
    }

    static void sleep(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        sleepUntil(System.nanoTime() + duration.toNanos());
    }
}
