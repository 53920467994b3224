package org.presalesbridge.sap;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.presalesbridge.document.CreatedDocument;
import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.document.SapMessage;

/**
 * SAP trouble handled in one place, around the chosen connector:
 * <ul>
 * <li>a bulkhead: at most as many calls at once as the SAP pool has connections; a call waits at most
 * {@code maxWait} for one, then {@code 503} with {@code Retry-After}, never an endless queue. Kept here, or by the
 * connector when it takes it ({@link SapConnector#takeBulkhead}, as the JCo connector does);</li>
 * <li>retries with exponential backoff and jitter, bounded: SAP's lock message (SAP rolled back, nothing is left)
 * for every operation, and a connection that failed for the reads (display, simulate, look-up, ping). A write whose
 * connection failed is never sent again from here: it may have been saved (creates are looked up by their
 * externalId instead); validation and business errors are never retried;</li>
 * <li>a circuit breaker: after {@code failureThreshold} calls in a row that could not reach SAP, calls fail at once
 * with {@code 503} and {@code Retry-After} for {@code openTime}; then one call probes SAP, and its success lets
 * traffic through again. A call that timed out counts as not reached; any other answer of SAP (a dump, no such
 * document) as reached, so that a probe always ends. A logon SAP refused opens it at the first time and is never
 * retried: the password or user is wrong until an operator mends it, and SAP locks a user after a few failed
 * logons. Answers and the readiness check give the last failure's reason.</li>
 * </ul>
 */
public final class ResilientSapConnector implements SapConnector {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientSapConnector.class);

    /** How the connector behaves in SAP trouble; every value a setting (README, Settings). */
    public record Settings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Set<String> lockMessages,
                           int failureThreshold, Duration openTime, int connections, Duration maxWait) {
    }

    private final SapConnector sap;
    private final Settings settings;
    /** The bulkhead, when the connector did not take it; else null. */
    private final Semaphore connections;
    private final Object circuitLock = new Object();
    private int failuresInARow;
    private RuntimeException lastFailure;
    private long openUntilNanos;
    private boolean probing;

    public ResilientSapConnector(SapConnector sap, Settings settings) {
        this.sap = sap;
        this.settings = settings;
        this.connections = sap.takeBulkhead(settings.maxWait()) ? null : new Semaphore(settings.connections(), true);
    }

    @Override
    public SalesDocument create(SalesDocument document) {
        return call(() -> sap.create(document), false);
    }

    @Override
    public CreatedDocument createWithoutDisplay(SalesDocument document) {
        return call(() -> sap.createWithoutDisplay(document), false);
    }

    @Override
    public SalesDocument change(DocumentKind kind, String documentNumber, DocumentChange change) {
        return call(() -> sap.change(kind, documentNumber, change), false);
    }

    @Override
    public Optional<SalesDocument> display(DocumentKind kind, String documentNumber) {
        return call(() -> sap.display(kind, documentNumber), true);
    }

    @Override
    public SalesDocument simulate(SalesDocument document) {
        return call(() -> sap.simulate(document), true);
    }

    @Override
    public Optional<String> findByExternalId(DocumentKind kind, String externalId) {
        return call(() -> sap.findByExternalId(kind, externalId), true);
    }

    @Override
    public List<SapChangeDocument> changeDocumentsAfter(DocumentKind kind, String documentNumber,
                                                        String afterChangeNumber) {
        return call(() -> sap.changeDocumentsAfter(kind, documentNumber, afterChangeNumber), true);
    }

    @Override
    public void ping() {
        call(() -> {
            sap.ping();
            return null;
        }, true);
    }

    @Override
    public int connections() {
        return settings.connections();
    }

    /** Why SAP is not taking traffic now (the circuit is open), or empty: for the readiness check. */
    public Optional<String> unavailableBecause() {
        synchronized (circuitLock) {
            long left = openUntilNanos - System.nanoTime();
            if (failuresInARow >= settings.failureThreshold() && left > 0) {
                return Optional.of(openBecause() + "; the adapter tries again in " + secondsFrom(left) + " s");
            }
            return Optional.empty();
        }
    }

    private <T> T call(Supplier<T> work, boolean read) {
        long backoff = settings.initialBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            allowThroughCircuit();
            try {
                T result = withConnection(work);
                succeeded();
                return result;
            } catch (SapRejection rejection) {
                succeeded(); // SAP answered
                if (!isLock(rejection)) {
                    throw rejection;
                }
                if (attempt >= settings.maxAttempts()) {
                    throw rejection.stillLocked();
                }
                LOG.info("SAP's lock message, attempt {} of {}; again in about {} ms", attempt,
                        settings.maxAttempts(), backoff);
            } catch (SapUnavailable unavailable) {
                if (unavailable.retryAfterSeconds() > 0) {
                    throw unavailable; // the adapter's own limit (no free connection), not SAP's trouble
                }
                failed(unavailable);
                if (!read || attempt >= settings.maxAttempts() || unavailable.isLogonRefused()) {
                    throw unavailable;
                }
                LOG.info("SAP not reachable ({}), attempt {} of {}; again in about {} ms", unavailable.getMessage(),
                        attempt, settings.maxAttempts(), backoff);
            } catch (SapTimeout timeout) {
                failed(timeout); // no answer in time: for the circuit as if SAP were not reached; never sent again
                throw timeout;
            } catch (RuntimeException answered) {
                succeeded(); // SAP answered (no such document, a dump, …): a probe's outcome is known
                throw answered;
            }
            sleep(backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
            backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
        }
    }

    private <T> T withConnection(Supplier<T> work) {
        if (connections == null) {
            return work.get(); // the connector keeps the bulkhead
        }
        boolean acquired;
        try {
            acquired = connections.tryAcquire(settings.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SapUnavailable.stoppedWaiting(e);
        }
        if (!acquired) {
            throw SapUnavailable.allConnectionsBusy(settings.connections());
        }
        try {
            return work.get();
        } finally {
            connections.release();
        }
    }

    private void allowThroughCircuit() {
        synchronized (circuitLock) {
            if (failuresInARow < settings.failureThreshold()) {
                return;
            }
            long left = openUntilNanos - System.nanoTime();
            if (left > 0 || probing) {
                throw new SapUnavailable(openBecause() + "; the adapter does not call it for a while.", null,
                        Math.max(1, secondsFrom(left)));
            }
            probing = true; // this call is the probe; the others wait for its outcome outside
        }
    }

    private void succeeded() {
        synchronized (circuitLock) {
            if (failuresInARow >= settings.failureThreshold()) {
                LOG.info("SAP answers again: requests go through");
            }
            failuresInARow = 0;
            probing = false;
        }
    }

    private void failed(RuntimeException failure) {
        synchronized (circuitLock) {
            boolean wasOpen = failuresInARow >= settings.failureThreshold();
            failuresInARow++;
            if (logonRefused(failure)) {
                failuresInARow = Math.max(failuresInARow, settings.failureThreshold());
            }
            lastFailure = failure;
            probing = false;
            if (failuresInARow >= settings.failureThreshold()) {
                openUntilNanos = System.nanoTime() + settings.openTime().toNanos();
                if (!wasOpen) {
                    LOG.warn("{}: requests fail at once for {} s", openBecause(), settings.openTime().toSeconds());
                }
            }
        }
    }

    /** Why the circuit is open, with the last failure's reason (called holding the circuit's lock). */
    private String openBecause() {
        String reason = lastFailure.getMessage().replaceAll("\\.$", "");
        return logonRefused(lastFailure) ? reason
                : "SAP could not be reached " + failuresInARow + " times in a row, the last time: " + reason;
    }

    private static boolean logonRefused(RuntimeException failure) {
        return failure instanceof SapUnavailable unavailable && unavailable.isLogonRefused();
    }

    private boolean isLock(SapRejection rejection) {
        List<SapMessage> messages = rejection.messages();
        return messages.stream().filter(SapMessage::isError)
                .anyMatch(message -> settings.lockMessages().contains(message.id() + " " + message.number()));
    }

    private static long secondsFrom(long nanos) {
        return Math.max(0, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SapUnavailable("The adapter stopped waiting to call SAP again.", e, 1);
        }
    }
}
