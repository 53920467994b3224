package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;

/**
 * The limits of a request body with the default settings: the API's 256 KiB (api.max-body-size) and the HTTP
 * server's own 10 MiB (camel.server.max-body-size), both answered 413 as a problem before SAP is called.
 */
class BodyLimitsTest {

    private static final int API_LIMIT = 256 * 1024;
    private static final int SERVER_LIMIT = 10 * 1024 * 1024;

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running();

    @Test
    void takesABodyOfExactly256KiB() {
        Answer answer = adapter.post("/api/v1/inquiries", inquiryOf(API_LIMIT));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    @Test
    void answers413ForABodyJustOver256KiB() {
        assertTooLarge(adapter.post("/api/v1/inquiries", inquiryOf(API_LIMIT + 1)), "api.max-body-size");
    }

    @Test
    void answers413AsAProblemAlsoForABodyOverTheHttpServersLimit() {
        assertTooLarge(adapter.post("/api/v1/inquiries", inquiryOf(SERVER_LIMIT + 1)), "camel.server.max-body-size");
        assertTooLarge(adapter.patch("/api/v1/quotations/20000000", " ".repeat(SERVER_LIMIT) + "{}"),
                "camel.server.max-body-size");
    }

    private static void assertTooLarge(Answer answer, String setting) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asText()).isEqualTo("urn:presales-bridge:problem:body-too-large");
        assertThat(answer.json().path("status").asInt()).isEqualTo(413);
        assertThat(answer.json().path("detail").asText()).contains(setting);
        assertThat(adapter.sap().ledgerCounts().calls()).as("calls to SAP").isZero();
    }

    /** A valid inquiry of exactly {@code bytes} bytes (white space after its last member). */
    private static String inquiryOf(int bytes) {
        String inquiry = Documents.inquiry("CRM-LARGE").strip();
        String open = inquiry.substring(0, inquiry.length() - 1);
        int padding = bytes - inquiry.getBytes(StandardCharsets.UTF_8).length;
        String body = open + " ".repeat(padding) + "}";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return body;
    }
}
