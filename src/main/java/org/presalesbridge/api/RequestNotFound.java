package org.presalesbridge.api;

/** No accepted request of this API client has the id: {@code 404}. */
public final class RequestNotFound extends RuntimeException {

    public RequestNotFound(String requestId) {
        super("There is no accepted request " + requestId + " of this client (X-Client-Id); finished requests are "
                + "kept async.retention-hours.");
    }
}
