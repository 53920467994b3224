package org.presalesbridge.api;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.support.ExchangeHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.InvalidChange;
import org.presalesbridge.sap.DocumentNotFound;
import org.presalesbridge.sap.NoItemsToCopy;
import org.presalesbridge.sap.SapFailure;
import org.presalesbridge.sap.SapRejection;
import org.presalesbridge.sap.SapTimeout;
import org.presalesbridge.sap.SapUnavailable;
import org.presalesbridge.store.StoreFailure;
import org.presalesbridge.writes.ChangeInDoubt;
import org.presalesbridge.writes.DocumentWrites;
import org.presalesbridge.writes.ExternalIdTaken;
import org.presalesbridge.writes.RequestInProgress;

/**
 * The one translation from a failure to an HTTP answer: {@code application/problem+json} with status, title,
 * detail and the violations or SAP messages. Never a stack trace, a JCo internal or a password: details of
 * unexpected failures go to the log only.
 */
public final class ProblemAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAnswers.class);

    /** Retry-After of a 503 when nothing better is known. */
    static final long DEFAULT_RETRY_AFTER_SECONDS = 5;
    public static final String RETRY_AFTER = "Retry-After";

    /** The title of a request that breaks the contract, found with the request or against SAP's document. */
    private static final String INVALID_REQUEST = "The request breaks the API contract";

    private final ObjectMapper mapper;

    public ProblemAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Answers the exception the route caught. */
    public void answer(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Problem problem = problem(failure, ExchangeHelper.getRouteId(exchange),
                exchange.getProperty(DocumentWrites.SENT_TO_SAP, false, Boolean.class));
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/problem+json");
        if (saysTryAgain(failure, problem)) {
            // when to ask again: what the adapter knows (its circuit towards SAP, a busy pool), else a short while
            long seconds = failure instanceof SapUnavailable unavailable && unavailable.retryAfterSeconds() > 0
                    ? unavailable.retryAfterSeconds()
                    : failure instanceof RequestInProgress ? 1 : DEFAULT_RETRY_AFTER_SECONDS;
            exchange.getMessage().setHeader(RETRY_AFTER, String.valueOf(seconds));
        }
        try {
            DocumentAnswers.body(exchange, mapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem cannot be written as JSON", e);
        }
    }

    /**
     * Whether the answer says "send the same request again later" ({@code Retry-After}): SAP or the adapter's store
     * unavailable, the same request still running, the document locked in SAP. An Idempotency-Key keeps no such answer.
     */
    private static boolean saysTryAgain(Exception failure, Problem problem) {
        return problem.status() == 503 || failure instanceof RequestInProgress
                || failure instanceof SapRejection rejection && rejection.locked();
    }

    static Problem problem(Exception failure, String operation) {
        return problem(failure, operation, false);
    }

    /** {@code sentToSap}: the request's create or change went to SAP before the failure. */
    private static Problem problem(Exception failure, String operation, boolean sentToSap) {
        if (failure instanceof InvalidRequest invalid) {
            return Problem.of("invalid-request", INVALID_REQUEST, 400,
                    invalid.violations().size() + " violation(s); SAP was not called.")
                    .withViolations(invalid.violations());
        }
        if (failure instanceof InvalidChange invalid) {
            return Problem.of("invalid-request", INVALID_REQUEST, 400,
                    "1 violation(s), against the document as SAP has it; the change was not sent to SAP.")
                    .withViolations(List.of(new Violation("/" + invalid.field(), invalid.rule(), invalid.getMessage())));
        }
        if (failure instanceof RequestNotAcceptable notAcceptable) {
            return notAcceptable.status() == 413
                    ? Problem.of("body-too-large", "The body is too large", 413, notAcceptable.getMessage())
                    : Problem.of("unsupported-media-type", "The body is not JSON in UTF-8", 415,
                            notAcceptable.getMessage());
        }
        if (failure instanceof ExternalIdTaken taken) {
            return Problem.of("external-id-taken", "A document with this externalId exists", 409,
                    taken.getMessage()).withDocument(DocumentAnswers.path(taken.kind(), taken.documentNumber()));
        }
        if (failure instanceof AcceptedCreateConflict conflict) {
            return Problem.of("external-id-accepted", "A create of this externalId is accepted already", 409,
                    conflict.getMessage()).withDocument(conflict.requestPath());
        }
        if (failure instanceof RequestNotFound notFound) {
            return Problem.of("no-such-request", "No such accepted request", 404, notFound.getMessage());
        }
        if (failure instanceof ChangeInDoubt inDoubt) {
            return Problem.of("change-in-doubt", "Whether SAP applied the change cannot be told", 409,
                    inDoubt.getMessage())
                    .withDocument(DocumentAnswers.path(inDoubt.kind(), inDoubt.documentNumber()));
        }
        if (failure instanceof RequestInProgress inProgress) {
            return Problem.of("request-in-progress", "The same request is running", 409, inProgress.getMessage());
        }
        if (failure instanceof IdempotencyKeyReused reused) {
            return Problem.of("idempotency-key-reused", "The Idempotency-Key belongs to another request", 422,
                    reused.getMessage());
        }
        if (failure instanceof StoreFailure storeFailure) {
            LOG.error("{}{}: {}", operation, sentToSap ? " (after SAP was called)" : "", storeFailure.getMessage(),
                    storeFailure.getCause());
            return Problem.of("store-unavailable", "The adapter's store is unavailable", 503, sentToSap
                    ? "The request went to SAP, but the adapter could not record SAP's answer: SAP may have saved it. "
                            + "A create sent again with the same externalId, and any request sent again with the same "
                            + "Idempotency-Key, is looked up in SAP, not applied twice; without a key, display the "
                            + "document before sending a change again."
                    : "The adapter cannot record the request, so it did not send it to SAP; send it again later.");
        }
        if (failure instanceof DocumentNotFound notFound) {
            DocumentKind kind = notFound.kind();
            return Problem.of("not-found", "No such " + kind.label(), 404, notFound.getMessage());
        }
        if (failure instanceof NoItemsToCopy nothing) {
            return Problem.of("no-items-to-copy", "The inquiry has no items to copy", 422,
                    nothing.getMessage() + " Nothing was saved: send the quotation's own items, or reference another "
                            + "inquiry.");
        }
        if (failure instanceof SapRejection rejection && rejection.locked()) {
            LOG.info("{}: {}", operation, rejection.getMessage());
            return Problem.of("document-locked", "The document is locked in SAP", 422,
                    "SAP answered with its lock message at every attempt: somebody is changing the document in SAP. "
                    + "Nothing was saved; send the request again later.").withSapMessages(rejection.messages());
        }
        if (failure instanceof SapRejection rejection) {
            LOG.info("{}: {}", operation, rejection.getMessage());
            return Problem.of("rejected-by-sap", "SAP rejected the request", 422,
                    "SAP answered with an error; nothing was saved. See sapMessages.")
                    .withSapMessages(rejection.messages());
        }
        if (failure instanceof SapUnavailable unavailable) {
            LOG.warn("{}: {}", operation, unavailable.getMessage(), unavailable.getCause());
            return Problem.of("sap-unavailable", "SAP cannot be reached", 503, unavailable.getMessage());
        }
        if (failure instanceof SapTimeout timeout) {
            LOG.warn("{}: {}", operation, timeout.getMessage());
            return Problem.of("sap-timeout", "SAP did not answer in time", 504, timeout.getMessage());
        }
        if (failure instanceof SapFailure sapFailure) {
            LOG.error("{}: {}", operation, sapFailure.getMessage(), sapFailure.getCause());
            return Problem.of("sap-failure", "SAP failed", 502, sapFailure.getMessage());
        }
        LOG.error("{} failed", operation, failure);
        return Problem.of("internal-error", "The adapter failed", 500,
                "An unexpected error; the adapter's log has the details.");
    }
}
