package org.presalesbridge.api;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

import org.presalesbridge.sap.ResilientSapConnector;

/**
 * {@code GET /health/ready} for load balancers and operators: {@code 200 {"status":"UP"}} while the adapter takes
 * traffic, {@code 503 {"status":"DOWN","reason":…}} with {@code Retry-After} while it fails every request at once
 * because SAP could not be reached (the circuit towards SAP is open). {@code GET /health/live}: the process runs.
 */
public final class Readiness {

    private final ResilientSapConnector sap;
    private final ObjectMapper mapper;

    public Readiness(ResilientSapConnector sap, ObjectMapper mapper) {
        this.sap = sap;
        this.mapper = mapper;
    }

    public void ready(Exchange exchange) {
        Optional<String> down = sap.unavailableBecause();
        if (down.isPresent()) {
            DocumentAnswers.json(exchange, mapper, 503, Map.of("status", "DOWN", "reason", down.get()));
            exchange.getMessage().setHeader("Retry-After", String.valueOf(ProblemAnswers.DEFAULT_RETRY_AFTER_SECONDS));
        } else {
            DocumentAnswers.json(exchange, mapper, 200, Map.of("status", "UP"));
        }
    }

    public void live(Exchange exchange) {
        DocumentAnswers.json(exchange, mapper, 200, Map.of("status", "UP"));
    }
}
