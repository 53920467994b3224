package org.presalesbridge.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * Answers the requests no route of the API takes, as problems: {@code 404} for a path the API does not have, and
 * {@code 503} with {@code Retry-After} while the adapter stops. Without it, the HTTP server answers an HTML 404 for
 * every path once the routes are stopped and before the server closes: a CRM would read that as "no such
 * document", where the truth is "ask again shortly, another instance will answer".
 */
public final class UnmatchedRequests implements StartupListener {

    /** Seconds a client should wait before it asks again while the adapter stops. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper mapper;

    public UnmatchedRequests(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // the HTTP server and its router exist once the context has started
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        for (Router router : context.getRegistry().findByType(VertxPlatformHttpRouter.class)) {
            router.route().last().handler(routingContext -> answer(context, routingContext));
        }
    }

    private void answer(CamelContext context, RoutingContext routingContext) {
        boolean stopping = context.isStopping() || context.isStopped();
        Problem problem = stopping
                ? Problem.of("stopping", "The adapter is stopping", 503,
                        "This instance takes no new requests while it stops; send the request again.")
                : Problem.of("no-such-resource", "No such resource", 404,
                        routingContext.request().method() + " " + routingContext.request().path()
                                + " is not part of the API; its contract is GET /api/v1/openapi.json.");
        var response = routingContext.response().setStatusCode(problem.status())
                .putHeader("Content-Type", "application/problem+json");
        if (stopping) {
            response.putHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        try {
            response.end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.end();
        }
    }
}
