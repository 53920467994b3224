package org.presalesbridge.api;

import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.support.ExchangeHelper;

import org.presalesbridge.store.IdempotencyRecords;
import org.presalesbridge.store.IdempotencyRecords.Begin;
import org.presalesbridge.store.IdempotencyRecords.InProgress;
import org.presalesbridge.store.IdempotencyRecords.Mismatch;
import org.presalesbridge.store.IdempotencyRecords.Replay;
import org.presalesbridge.store.IdempotencyRecords.StoredAnswer;
import org.presalesbridge.store.IdempotencyRecords.TakenOver;
import org.presalesbridge.writes.ApiClient;
import org.presalesbridge.writes.DocumentWrites;
import org.presalesbridge.writes.RequestInProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code Idempotency-Key} request header on creates and changes, as the IETF HTTP API draft "The
 * Idempotency-Key HTTP Header Field" describes it: the same key with the same body replays the stored answer
 * (success or SAP's rejection), with another body it is {@code 422}, while the first request runs it is {@code 409}.
 * Keys belong to the API client ({@link ApiClient}). Requests that fail validation never reach this step.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    /** Response header on an answer that was given before. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Exchange property: the request's answer is final (a replay); the route stops. */
    public static final String ANSWERED = "answered";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final String ACTIVE_KEY = "idempotencyKey";

    private final IdempotencyRecords records;

    public IdempotencyKeys(IdempotencyRecords records) {
        this.records = records;
    }

    /** Before the work: a replay answers here and now; otherwise the key is recorded as in progress. */
    public void begin(Exchange exchange) {
        String key = exchange.getProperty(HEADER, String.class);
        if (key == null) {
            return;
        }
        Begin begin = records.begin(ApiClient.of(exchange), key, operation(exchange),
                exchange.getProperty(DocumentWrites.FINGERPRINT, String.class));
        if (begin instanceof Replay replay) {
            StoredAnswer answer = replay.answer();
            exchange.getMessage().removeHeaders("*");
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, answer.status());
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, answer.contentType());
            if (answer.location() != null) {
                exchange.getMessage().setHeader("Location", answer.location());
            }
            exchange.getMessage().setHeader(REPLAYED_HEADER, "true");
            DocumentAnswers.body(exchange, answer.body().getBytes(StandardCharsets.UTF_8));
            exchange.setProperty(ANSWERED, true);
        } else if (begin instanceof Mismatch) {
            throw new IdempotencyKeyReused(key);
        } else if (begin instanceof InProgress) {
            throw new RequestInProgress("The first request with Idempotency-Key " + key
                    + " is still running; send it again shortly to get its answer.");
        } else {
            exchange.setProperty(ACTIVE_KEY, key);
            if (begin instanceof TakenOver takenOver) {
                exchange.setProperty(DocumentWrites.LOST_ATTEMPT_MARK, takenOver.changeMark());
            }
            if (exchange.getProperty(DocumentRequests.REQUEST_DOCUMENT_NUMBER) != null) {
                // a change with a key records SAP's newest change number before it is sent (see DocumentWrites)
                String client = ApiClient.of(exchange);
                exchange.setProperty(DocumentWrites.CHANGE_MARK_RECORDER,
                        (DocumentWrites.ChangeMarkRecorder) mark -> records.markChange(client, key, mark));
            }
        }
    }

    /** After a success: the answer is kept for replays. */
    public void complete(Exchange exchange) {
        String key = exchange.getProperty(ACTIVE_KEY, String.class);
        if (key == null) {
            return;
        }
        String body = DocumentAnswers.bodyText(exchange);
        if (body != null && body.length() > IdempotencyRecords.LONGEST_ANSWER) {
            // SAP has done the work and its caller gets the answer; the key is left as after a lost answer, so that
            // the request sent again asks SAP (the create finds its document by externalId, the change looks for
            // itself in SAP's change documents) instead of being applied twice
            LOG.warn("Idempotency-Key {}: the answer ({} characters) is longer than the store keeps for replays ({}); "
                    + "the request sent again with it asks SAP first", key, body.length(),
                    IdempotencyRecords.LONGEST_ANSWER);
            records.leaveInDoubt(ApiClient.of(exchange), key, false);
            return;
        }
        records.complete(ApiClient.of(exchange), key, new StoredAnswer(
                exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class),
                exchange.getMessage().getHeader("Location", String.class),
                exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class),
                body));
    }

    /**
     * After a problem: SAP's final word (its rejection, no such document, the external id taken) is kept for
     * replays; an answer that says "try again" (SAP unreachable, too slow, another request running, the document
     * locked in SAP: a {@code Retry-After}, or a 5xx) is not, so that the same key may be sent again. A change that
     * failed with a 5xx after it was sent may have been applied: its record stays in doubt, and the next request
     * with the key asks SAP's change documents first.
     */
    public void afterProblem(Exchange exchange) {
        String key = exchange.getProperty(ACTIVE_KEY, String.class);
        if (key == null) {
            return;
        }
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        boolean tryAgain = exchange.getMessage().getHeader(ProblemAnswers.RETRY_AFTER) != null;
        if (!tryAgain && (status == 404 || status == 409 || status == 422)) {
            complete(exchange);
        } else if (status >= 500) {
            records.leaveInDoubt(ApiClient.of(exchange), key, status == 504);
        } else {
            records.release(ApiClient.of(exchange), key);
        }
    }

    /** The operation a key was used for: the route (createQuotation, changeInquiry …) and the document number. */
    private static String operation(Exchange exchange) {
        String number = exchange.getProperty(DocumentRequests.REQUEST_DOCUMENT_NUMBER, String.class);
        String route = ExchangeHelper.getRouteId(exchange);
        return number == null ? route : route + " " + number;
    }
}
