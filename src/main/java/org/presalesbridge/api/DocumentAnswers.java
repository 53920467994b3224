package org.presalesbridge.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

import org.presalesbridge.document.CreatedDocument;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.sap.DocumentNotFound;
import org.presalesbridge.writes.DocumentWrites;

/** Writes the HTTP answer of a successful operation: status, headers, the document as JSON. */
public final class DocumentAnswers {

    /** Where the API lives; the contract's server URL. */
    public static final String BASE_PATH = "/api/v1/";

    /** Where the API serves a document: {@code /api/v1/quotations/20000001}. */
    public static String path(DocumentKind kind, String documentNumber) {
        return BASE_PATH + kind.collection() + "/" + documentNumber;
    }

    private final ObjectMapper mapper;
    private final Contract contract;

    public DocumentAnswers(ObjectMapper mapper, Contract contract) {
        this.mapper = mapper;
        this.contract = contract;
    }

    /**
     * 201 with the new document and its Location; for a create of an external id SAP had already, with the same
     * content, the same answer flagged {@code Idempotent-Replayed: true}.
     */
    public void created(Exchange exchange, SalesDocument document) {
        answer(exchange, 201, document);
        exchange.getMessage().setHeader("Location", path(document.kind(), document.documentNumber()));
    }

    /**
     * 201 with what the create told (number, externalId, SAP's warnings) and the Location, for a CRM that sent
     * {@code Prefer: return=minimal} (RFC 7240): the document is not displayed after the commit.
     */
    public void createdMinimal(Exchange exchange, CreatedDocument document) {
        answer(exchange, 201, document);
        exchange.getMessage().setHeader("Location", path(document.kind(), document.documentNumber()));
        exchange.getMessage().setHeader("Preference-Applied", "return=minimal");
    }

    /** 200 with the document (a change cut off before and applied by SAP: flagged as a replay). */
    public void ok(Exchange exchange, SalesDocument document) {
        answer(exchange, 200, document);
    }

    /** 200 with the document SAP found, else 404. */
    public void found(Exchange exchange, Optional<SalesDocument> document) {
        DocumentKind kind = DocumentRequests.kind(exchange);
        String number = exchange.getMessage().getHeader("documentNumber", String.class);
        answer(exchange, 200, document.orElseThrow(() -> new DocumentNotFound(kind, number)));
    }

    /**
     * 200 with the document SAP keeps under the externalId searched for, and its {@code Content-Location}; else 404.
     */
    public void foundByExternalId(Exchange exchange, Optional<SalesDocument> document) {
        DocumentKind kind = DocumentRequests.kind(exchange);
        SalesDocument found = document.orElseThrow(() -> DocumentNotFound.forExternalId(kind,
                exchange.getProperty(DocumentRequests.SEARCHED_EXTERNAL_ID, String.class)));
        answer(exchange, 200, found);
        exchange.getMessage().setHeader("Content-Location", path(kind, found.documentNumber()));
    }

    /** The contract itself. */
    public void contract(Exchange exchange) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        body(exchange, contract.document());
    }

    /** The document as JSON; flagged {@code Idempotent-Replayed: true} when an earlier request had made it so. */
    private void answer(Exchange exchange, int status, Object document) {
        json(exchange, mapper, status, document);
        if (exchange.getProperty(DocumentWrites.REPLAYED, false, Boolean.class)) {
            exchange.getMessage().setHeader(IdempotencyKeys.REPLAYED_HEADER, "true");
        }
    }

    /** An answer with a JSON body; the request's headers (path parameters among them) are not the answer's. */
    static void json(Exchange exchange, ObjectMapper mapper, int status, Object body) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        try {
            body(exchange, mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer cannot be written as JSON", e);
        }
    }

    /**
     * An answer's body, as platform-http sends it best: a ByteBuffer goes out in one write with its Content-Length,
     * while a byte[] goes through a stream pumped into the answer from a worker thread, chunk by chunk, and a String
     * goes out chunked, without a Content-Length.
     */
    static void body(Exchange exchange, byte[] bytes) {
        exchange.getMessage().setBody(ByteBuffer.wrap(bytes));
    }

    /** The answer's body as text, leaving it whole (Camel's conversion of a ByteBuffer reads it to its end). */
    static String bodyText(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof ByteBuffer buffer) {
            return StandardCharsets.UTF_8.decode(buffer.duplicate()).toString();
        }
        return exchange.getMessage().getBody(String.class);
    }
}
