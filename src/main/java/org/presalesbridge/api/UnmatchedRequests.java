package org.presalesbridge.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * Answers the requests no route of the API takes, as problems: {@code 404} for a path the API does not have,
 * {@code 405} with {@code Allow} for a path it has but not with that method, and {@code 503} with {@code Retry-After}
 * while the adapter starts or stops. Without it, the HTTP server answers an HTML 404 for every path from the moment
 * it listens until the routes have started (while the store opens: long after a killed process left a large file),
 * and again once the routes are stopped and before the server closes: a CRM would read that as "no such document",
 * where the truth is "ask again shortly". Likewise {@code 413} for a body over the HTTP server's own limit
 * ({@code camel.server.max-body-size}), which the server refuses before any route reads it, with a plain text of
 * its own.
 */
public final class UnmatchedRequests implements StartupListener {

    /** Seconds a client should wait before it asks again while the adapter starts (it is ready within seconds). */
    private static final String STARTING_RETRY_AFTER_SECONDS = "1";

    private final ObjectMapper mapper;
    /** The HTTP server's limit of a request body in bytes (camel.server.max-body-size). */
    private final long serverMaxBodySize;
    /** The methods the contract has for each of its paths, the path as a pattern of its template. */
    private final Map<Pattern, Set<String>> methodsByPath = new LinkedHashMap<>();

    public UnmatchedRequests(ObjectMapper mapper, Contract contract, long serverMaxBodySize) {
        this.mapper = mapper;
        this.serverMaxBodySize = serverMaxBodySize;
        for (Contract.Operation operation : contract.operations()) {
            Set<String> methods = methodsByPath.computeIfAbsent(template(operation.path()), path -> new TreeSet<>());
            methods.add(operation.method());
            if (operation.method().equals("GET")) {
                methods.add("HEAD");
            }
        }
    }

    /** {@code /api/v1/inquiries/{documentNumber}} as a pattern: each parameter one path segment. */
    private static Pattern template(String path) {
        String[] parts = path.split("\\{[^/}]+}", -1);
        StringBuilder pattern = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            pattern.append("[^/]+").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(pattern.toString());
    }

    /** The methods the contract allows for the path; empty when the API has no such path. */
    private Set<String> allowed(String path) {
        Set<String> methods = new TreeSet<>();
        methodsByPath.forEach((pattern, forPath) -> {
            if (pattern.matcher(path).matches()) {
                methods.addAll(forPath);
            }
        });
        return methods;
    }

    /**
     * The HTTP server listens from here on, before the routes start (and before the store has opened, which the
     * routes wait for): from now on every request the routes do not take is answered here.
     */
    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        for (Router router : context.getRegistry().findByType(VertxPlatformHttpRouter.class)) {
            router.route().order(-1).method(HttpMethod.HEAD).handler(UnmatchedRequests::asGet);
            router.route().last().handler(routingContext -> answer(context, routingContext));
            router.route().failureHandler(this::answerTooLarge);
        }
    }

    /**
     * HEAD is GET without the body (RFC 9110, 9.3.2: a general-purpose server must take it): the request goes on
     * as a GET, and the HTTP server, which knows it came as HEAD, sends the answer's status and headers only. A load
     * balancer that checks {@code HEAD /health/ready} gets what {@code GET} gets.
     */
    private static void asGet(RoutingContext routingContext) {
        routingContext.reroute(HttpMethod.GET, routingContext.request().uri());
    }

    /** The HTTP server refused a body over its limit (Vert.x's body handler fails the request with 413). */
    private void answerTooLarge(RoutingContext routingContext) {
        if (routingContext.statusCode() != 413) {
            routingContext.next();
            return;
        }
        Problem problem = ProblemAnswers.problem(RequestNotAcceptable.tooLarge(serverMaxBodySize,
                "camel.server.max-body-size"), routingContext.request().path());
        write(routingContext.response().setStatusCode(problem.status()), problem);
    }

    private void answer(CamelContext context, RoutingContext routingContext) {
        String request = routingContext.request().method() + " " + routingContext.request().path();
        Set<String> allowed = Set.of();
        String retryAfter = null;
        Problem problem;
        if (context.isStopping() || context.isStopped()) {
            problem = Problem.of("stopping", "The adapter is stopping", 503,
                    "This instance takes no new requests while it stops; send the request again.");
            retryAfter = String.valueOf(ProblemAnswers.DEFAULT_RETRY_AFTER_SECONDS);
        } else if (!context.isStarted()) {
            problem = Problem.of("starting", "The adapter is starting", 503,
                    "This instance takes requests once it has started; send the request again.");
            retryAfter = STARTING_RETRY_AFTER_SECONDS;
        } else {
            allowed = allowed(routingContext.request().path());
            problem = allowed.isEmpty()
                    ? Problem.of("no-such-resource", "No such resource", 404,
                            request + " is not part of the API; its contract is GET /api/v1/openapi.json.")
                    : Problem.of("method-not-allowed", "Method not allowed", 405,
                            request + " is not part of the API; this path takes " + String.join(", ", allowed) + ".");
        }
        var response = routingContext.response().setStatusCode(problem.status());
        if (retryAfter != null) {
            response.putHeader(ProblemAnswers.RETRY_AFTER, retryAfter);
        }
        if (!allowed.isEmpty()) {
            response.putHeader("Allow", String.join(", ", allowed));
        }
        write(response, problem);
    }

    private void write(HttpServerResponse response, Problem problem) {
        response.putHeader("Content-Type", "application/problem+json");
        try {
            response.end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.end();
        }
    }
}
