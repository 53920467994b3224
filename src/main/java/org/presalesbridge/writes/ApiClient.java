package org.presalesbridge.writes;

import java.util.regex.Pattern;

import org.apache.camel.Exchange;

/**
 * Which API client sent a request: the {@code X-Client-Id} header (letters, digits, dot, dash, underscore; at most
 * 100), or {@code anonymous}. Idempotency keys are scoped to it, and the audit trail names it.
 */
public final class ApiClient {

    public static final String HEADER = "X-Client-Id";
    public static final String ANONYMOUS = "anonymous";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private ApiClient() {
    }

    public static String of(Exchange exchange) {
        String client = exchange.getProperty(HEADER, String.class);
        if (client == null) {
            client = exchange.getMessage().getHeader(HEADER, String.class);
        }
        return client == null || client.isBlank() ? ANONYMOUS : client.strip();
    }

    /** Whether the header's value is a client id the adapter accepts. */
    public static boolean isValid(String client) {
        return client == null || client.isBlank() || VALID.matcher(client.strip()).matches();
    }
}
