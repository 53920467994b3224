package org.presalesbridge.api;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.support.ExchangeHelper;

import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.document.SapMessage;
import org.presalesbridge.store.AcceptedRequests;
import org.presalesbridge.store.AcceptedRequests.Accepted;
import org.presalesbridge.store.AcceptedRequests.AcceptedRequest;
import org.presalesbridge.store.AcceptedRequests.Acceptance;
import org.presalesbridge.store.AcceptedRequests.Conflict;
import org.presalesbridge.store.AcceptedRequests.NewRequest;
import org.presalesbridge.writes.AcceptedRequestDelivery;
import org.presalesbridge.writes.ApiClient;
import org.presalesbridge.writes.DeliveryOutcome;
import org.presalesbridge.writes.DocumentWrites;

/**
 * Creates and changes sent with {@code Prefer: respond-async} (RFC 7240): after the same checks as a synchronous
 * request, the request is written to the store and answered {@code 202 Accepted} with the {@code Location} of its
 * status resource ({@code GET /api/v1/requests/{requestId}}), which later shows SAP's document or SAP's rejection.
 * The delivery to SAP is {@link AcceptedRequestDelivery}'s.
 */
public final class AsyncRequests {

    /** The path of the status resources. */
    public static final String REQUESTS = DocumentAnswers.BASE_PATH + "requests/";

    private final AcceptedRequests requests;
    private final ObjectMapper mapper;

    public AsyncRequests(AcceptedRequests requests, ObjectMapper mapper) {
        this.requests = requests;
        this.mapper = mapper;
    }

    /**
     * Writes the checked document or change to the store (committed when this returns). A create of an external id
     * accepted before and not delivered yet is not stored twice: the same content answers that request, other
     * content is {@code 409}.
     */
    public AcceptedRequest accept(Exchange exchange, Object body) throws JsonProcessingException {
        String externalId = body instanceof SalesDocument document ? document.externalId() : null;
        String documentNumber = body instanceof DocumentChange
                ? exchange.getProperty(DocumentRequests.REQUEST_DOCUMENT_NUMBER, String.class) : null;
        Acceptance acceptance = requests.accept(new NewRequest(ApiClient.of(exchange),
                ExchangeHelper.getRouteId(exchange), DocumentRequests.kind(exchange), externalId, documentNumber,
                exchange.getProperty(DocumentWrites.FINGERPRINT, String.class), mapper.writeValueAsString(body)));
        if (acceptance instanceof Conflict conflict) {
            throw new AcceptedCreateConflict(externalId, REQUESTS + conflict.earlier().requestId());
        }
        return ((Accepted) acceptance).request();
    }

    /** {@code 202} with the status resource's Location and what it shows now. */
    public void accepted(Exchange exchange, AcceptedRequest request) {
        answer(exchange, 202, request);
        exchange.getMessage().setHeader("Location", REQUESTS + request.requestId());
        exchange.getMessage().setHeader("Preference-Applied", "respond-async");
    }

    /** {@code GET /api/v1/requests/{requestId}}: where the request stands, or {@code 404}. */
    public void status(Exchange exchange) {
        String requestId = exchange.getMessage().getHeader("requestId", String.class);
        AcceptedRequest request = requests.find(ApiClient.of(exchange), requestId)
                .orElseThrow(() -> new RequestNotFound(requestId));
        answer(exchange, 200, request);
    }

    /** What the status resource shows of a request. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RequestStatus(String requestId, String operation, String state, String externalId,
                                String documentNumber, int attempts, OffsetDateTime acceptedAt,
                                OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, String lastError,
                                List<SapMessage> messages, List<SapMessage> sapMessages, String problem,
                                String detail, List<String> changeDocuments, Map<String, String> links) {
    }

    RequestStatus view(AcceptedRequest request) {
        DeliveryOutcome outcome = outcome(request);
        String number = request.documentNumber();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", REQUESTS + request.requestId());
        if (number != null) {
            links.put("document", DocumentAnswers.path(request.kind(), number));
        }
        boolean pending = request.state() == AcceptedRequests.State.PENDING;
        return new RequestStatus(request.requestId(), request.operation(),
                request.state().name().toLowerCase(Locale.ROOT).replace('_', '-'), request.externalId(), number,
                request.attempts(), request.acceptedAt(), pending ? request.nextAttemptAt() : null,
                request.deliveredAt(), request.state().isFinal() ? null : request.lastError(),
                outcome == null ? List.of() : outcome.messages(), outcome == null ? List.of() : outcome.sapMessages(),
                outcome == null || outcome.problem() == null ? null : Problem.TYPE_PREFIX + outcome.problem(),
                outcome == null ? null : outcome.detail(), outcome == null ? List.of() : outcome.changeDocuments(),
                links);
    }

    private DeliveryOutcome outcome(AcceptedRequest request) {
        if (request.outcome() == null) {
            return null;
        }
        try {
            return mapper.readValue(request.outcome(), DeliveryOutcome.class);
        } catch (IOException e) {
            throw new IllegalStateException("The outcome of request " + request.requestId() + " cannot be read", e);
        }
    }

    private void answer(Exchange exchange, int status, AcceptedRequest request) {
        DocumentAnswers.json(exchange, mapper, status, view(request));
    }
}
