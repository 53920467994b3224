package org.presalesbridge.writes;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.presalesbridge.document.CreatedDocument;
import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.InvalidChange;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.sap.DocumentNotFound;
import org.presalesbridge.sap.NoItemsToCopy;
import org.presalesbridge.sap.SapConnector;
import org.presalesbridge.sap.SapRejection;
import org.presalesbridge.sap.SapTimeout;
import org.presalesbridge.store.AcceptedRequests;
import org.presalesbridge.store.AcceptedRequests.AcceptedRequest;
import org.presalesbridge.store.AcceptedRequests.Claimed;
import org.presalesbridge.store.AcceptedRequests.State;
import org.presalesbridge.store.Store;

/**
 * Delivers the requests accepted for later ({@code Prefer: respond-async}) to SAP, in every adapter process: claims
 * them through the store (per document the oldest one only, so that one document's requests reach SAP one at a
 * time in acceptance order; different documents in parallel, up to {@code threads}), and sends each through the
 * same writes as a synchronous request ({@link DocumentWrites}: the external id's claim and SAP look-up of a
 * create, the audit trail). SAP unavailable, too slow, failing otherwise, or the store failing: the request stays
 * pending and is tried again after a backoff that doubles up to its maximum. SAP's rejection, an unknown document,
 * an external id SAP has with other content: final. SAP's lock message (the document is open in VA22): pending.
 *
 * <p>A change cannot be looked up in SAP by a key of the CRM the way a create can. Before a change is first sent,
 * SAP's newest change number of the document (CDHDR) is recorded with the request; every later attempt (after a
 * failure that may have saved it, or a process that died while sending it) first reads the change documents after
 * that number: one written under the adapter's SAP user means the change was applied (done); none means it was
 * not (sent again); more than one means another change under the adapter's user came in between, and the request
 * is left in doubt rather than sent again.
 */
public final class AcceptedRequestDelivery extends ServiceSupport implements CamelContextAware {

    private static final Logger LOG = LoggerFactory.getLogger(AcceptedRequestDelivery.class);

    /** How the delivery runs; every value a setting (README, Settings). */
    public record Settings(int threads, Duration poll, Duration initialBackoff, Duration maxBackoff,
                           Duration shutdownTimeout, Duration sapCallTimeout) {
    }

    private final AcceptedRequests requests;
    private final DocumentWrites writes;
    private final ChangeMarks marks;
    private final Store store;
    private final ObjectMapper mapper;
    private CamelContext camelContext;
    private final Settings settings;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Object wakeUp = new Object();
    private volatile boolean running;
    private Thread poller;
    private ExecutorService deliveries;

    public AcceptedRequestDelivery(AcceptedRequests requests, DocumentWrites writes, SapConnector sap, Store store,
                                   ObjectMapper mapper, Settings settings) {
        this.requests = requests;
        this.writes = writes;
        this.marks = new ChangeMarks(sap);
        this.store = store;
        this.mapper = mapper;
        this.settings = settings;
        requests.onAccepted(this::wake);
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    /** Set when the context adds the delivery as one of its services. */
    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** Starts claiming and delivering, once the store is open. */
    @Override
    protected void doStart() {
        AtomicInteger count = new AtomicInteger();
        deliveries = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "accepted-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        poller = new Thread(this::poll, "accepted-requests");
        poller.setDaemon(true);
        poller.start();
        LOG.info("Accepted requests: delivered by up to {} threads in this process", settings.threads());
    }

    /**
     * Stops claiming; the deliveries running finish their SAP session (at most the shutdown timeout). What is not
     * delivered stays in the store for the next process.
     */
    @Override
    protected void doStop() throws InterruptedException {
        running = false;
        if (poller == null) {
            return;
        }
        wake();
        poller.join(settings.shutdownTimeout().toMillis());
        deliveries.shutdown();
        if (!deliveries.awaitTermination(settings.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("Accepted requests: {} deliveries still running at the shutdown timeout; the next process "
                    + "takes them over", inFlight.size());
        }
    }

    /** The adapter begins to stop: no new deliveries start; the ones running finish (see {@link #doStop()}). */
    public void stopClaiming() {
        running = false;
        wake();
    }

    /** A request was accepted: look for work now rather than at the next poll. */
    public void wake() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    private void poll() {
        try {
            store.awaitOpen();
        } catch (IllegalStateException cannotOpen) {
            return; // the adapter does not start either; it says why
        }
        while (running) {
            int claimed = 0;
            try {
                claimed = claimAndDeliver();
            } catch (RuntimeException e) {
                LOG.warn("Accepted requests: cannot claim ({}); trying again", e.getMessage());
            }
            if (claimed == 0) {
                synchronized (wakeUp) {
                    try {
                        wakeUp.wait(settings.poll().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private int claimAndDeliver() {
        List<Claimed> claimed = requests.claim(settings.threads() - inFlight.size(), Set.copyOf(inFlight));
        for (Claimed claim : claimed) {
            long sequence = claim.request().sequence();
            inFlight.add(sequence);
            deliveries.execute(() -> {
                try {
                    deliver(claim);
                } finally {
                    inFlight.remove(sequence);
                    wake();
                }
            });
        }
        return claimed.size();
    }

    /** One attempt; its outcome goes to the store. */
    void deliver(Claimed claim) {
        AcceptedRequest request = claim.request();
        if (claim.takenOver()) {
            LOG.info("Accepted request {}: its delivery was cut off (attempt {}); delivering it again{}",
                    request.requestId(), request.attempts(), request.isCreate() ? ", asking SAP first" : "");
        }
        try {
            Attempt attempt = request.isCreate() ? create(request) : change(request);
            record(request, attempt);
        } catch (SapRejection rejection) {
            if (rejection.locked()) {
                // the document is open in SAP (VA22): SAP rolled back, the request waits until the user leaves
                retryLater(request, rejection);
                return;
            }
            record(request, new Attempt(State.REJECTED, DeliveryOutcome.rejected(rejection.messages())));
        } catch (DocumentNotFound notFound) {
            record(request, new Attempt(State.FAILED, DeliveryOutcome.failed(null, "not-found",
                    notFound.getMessage())));
        } catch (NoItemsToCopy nothing) {
            record(request, new Attempt(State.FAILED, DeliveryOutcome.failed(null, "no-items-to-copy",
                    nothing.getMessage())));
        } catch (InvalidChange invalid) {
            record(request, new Attempt(State.FAILED, DeliveryOutcome.failed(request.documentNumber(),
                    "invalid-request", invalid.getMessage() + "; SAP did not change it.")));
        } catch (ExternalIdTaken taken) {
            record(request, new Attempt(State.FAILED, DeliveryOutcome.failed(taken.documentNumber(),
                    "external-id-taken", taken.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            retryLater(request, new RequestInProgress("The adapter stopped while the request waited for its turn."));
        } catch (RuntimeException e) {
            // SAP unavailable, too slow, failing otherwise; the store failing; the same create running elsewhere
            retryLater(request, e);
        }
    }

    private record Attempt(State state, DeliveryOutcome outcome) {
    }

    private Attempt create(AcceptedRequest request) throws InterruptedException {
        SalesDocument document = read(request.body(), SalesDocument.class).withKind(request.kind());
        CreatedDocument created = writes.createMinimal(exchange(request), document);
        return new Attempt(State.DONE, DeliveryOutcome.done(created.documentNumber(), created.messages()));
    }

    private Attempt change(AcceptedRequest request) {
        DocumentChange change = read(request.body(), DocumentChange.class);
        String number = request.documentNumber();
        if (request.changeMark() != null) {
            ChangeMarks.Decision decision = marks.decide(request.kind(), number, request.changeMark());
            if (decision instanceof ChangeMarks.Applied applied) {
                LOG.info("Accepted request {}: SAP applied it before (change document {})", request.requestId(),
                        applied.changeNumber());
                return new Attempt(State.DONE, DeliveryOutcome.done(number, List.of()).withChangeDocuments(
                        "An earlier attempt was applied; SAP's change document " + applied.changeNumber()
                        + " says so.", List.of(applied.changeNumber())));
            }
            if (decision instanceof ChangeMarks.InDoubt inDoubt) {
                List<String> numbers = inDoubt.changeNumbers();
                LOG.warn("Accepted request {}: in doubt, SAP has {} changes of {} under the adapter's user since "
                        + "the first attempt", request.requestId(), numbers.size(), number);
                return new Attempt(State.IN_DOUBT, DeliveryOutcome.failed(number, "change-in-doubt", "The delivery "
                        + "was cut off, and since then SAP has " + numbers.size() + " changes of the document under "
                        + "the adapter's SAP user: whether this one is among them cannot be told. It is not sent "
                        + "again; check the document.").withChangeDocuments(null, numbers));
            }
            // SAP has no change of the adapter since the first attempt: it was not applied, send it again
        } else if (!requests.markChange(request.sequence(), marks.newest(request.kind(), number))) {
            throw new IllegalStateException("request " + request.requestId() + " is no longer this process's");
        }
        SalesDocument changed = writes.change(exchange(request), request.kind(), number, change);
        return new Attempt(State.DONE, DeliveryOutcome.done(changed.documentNumber(), changed.messages()));
    }

    private void record(AcceptedRequest request, Attempt attempt) {
        try {
            String outcome = fitted(request, attempt.outcome());
            if (!requests.finish(request.sequence(), attempt.state(), attempt.outcome().documentNumber(), outcome)) {
                LOG.warn("Accepted request {}: delivered, but another process had taken it over",
                        request.requestId());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery outcome cannot be written as JSON", e);
        } catch (RuntimeException storeFailure) {
            // the row stays this process's and is claimed again: the create is found, the change documents decide
            LOG.warn("Accepted request {}: delivered ({}), but the store cannot record it: {}", request.requestId(),
                    attempt.state(), storeFailure.getMessage());
        }
    }

    /**
     * The outcome as JSON, with as many of SAP's messages as the store's column holds: a rejection of thousands of
     * items has thousands. Written whole, it would fail the store's write, and the request would be delivered again
     * and again.
     */
    private String fitted(AcceptedRequest request, DeliveryOutcome outcome) throws JsonProcessingException {
        String json = mapper.writeValueAsString(outcome);
        int kept = outcome.messageCount();
        while (json.length() > AcceptedRequests.LONGEST_OUTCOME && kept > 0) {
            kept = Math.min(kept - 1, (int) ((long) kept * AcceptedRequests.LONGEST_OUTCOME / json.length()));
            json = mapper.writeValueAsString(outcome.keepingFirst(kept));
        }
        if (kept < outcome.messageCount()) {
            LOG.warn("Accepted request {}: SAP answered with {} messages; the store keeps the first {}",
                    request.requestId(), outcome.messageCount(), kept);
        }
        return json;
    }

    private void retryLater(AcceptedRequest request, RuntimeException failure) {
        String error = failure.getMessage();
        Duration backoff = backoff(request.attempts());
        if (failure instanceof SapTimeout && !request.isCreate()) {
            // the SAP session given up on may still be committing: its change documents are read once it has ended
            backoff = max(backoff, settings.sapCallTimeout().multipliedBy(2));
        }
        LOG.info("Accepted request {}: not delivered (attempt {}: {}); again in {} ms", request.requestId(),
                request.attempts(), error, backoff.toMillis());
        try {
            requests.retryLater(request.sequence(), backoff, error);
        } catch (RuntimeException storeFailure) {
            LOG.warn("Accepted request {}: the store cannot record the attempt: {}", request.requestId(),
                    storeFailure.getMessage());
        }
    }

    private static Duration max(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    /** The initial backoff, doubled with every attempt, at most the maximum. */
    Duration backoff(int attempts) {
        long millis = settings.initialBackoff().toMillis();
        for (int i = 1; i < attempts && millis < settings.maxBackoff().toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, settings.maxBackoff().toMillis()));
    }

    /** The request as the writes know it from a synchronous one: its API client and its fingerprint. */
    private Exchange exchange(AcceptedRequest request) {
        Exchange exchange = new DefaultExchange(camelContext);
        exchange.setProperty(ApiClient.HEADER, request.client());
        exchange.setProperty(DocumentWrites.FINGERPRINT, request.fingerprint());
        return exchange;
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw new IllegalStateException("An accepted request cannot be read back as " + type.getSimpleName(), e);
        }
    }
}
