package org.presalesbridge.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;

/**
 * Keeps the REST bindings of {@code routes/rest-api.camel.yaml} and the contract the same: before any route starts,
 * every operation of the contract must be bound, with its method and path, to {@code direct:<operationId>}, and
 * every binding must be an operation of the contract. Otherwise the adapter does not start, and says which
 * operations differ: a CRM must never meet an operation the contract does not describe, or miss one it does.
 */
public final class RestBindings implements StartupListener {

    private final Contract contract;

    public RestBindings(Contract contract) {
        this.contract = contract;
    }

    @Override
    public void onCamelContextStarting(CamelContext context, boolean alreadyStarted) {
        List<RestDefinition> rests = context.getCamelContextExtension().getContextPlugin(Model.class)
                .getRestDefinitions();
        List<String> differences = differences(contract.operations(), bindings(rests));
        if (!differences.isEmpty()) {
            throw new IllegalStateException("The REST bindings in routes/ differ from the contract "
                    + Contract.LOCATION + ": " + String.join("; ", differences));
        }
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // checked while starting, before the routes take requests
    }

    /** The bindings of the REST DSL as operations: method, whole path, the operationId of its direct: route. */
    static Set<Contract.Operation> bindings(List<RestDefinition> rests) {
        Set<Contract.Operation> bindings = new LinkedHashSet<>();
        for (RestDefinition rest : rests) {
            String base = rest.getPath() == null ? "" : rest.getPath();
            for (VerbDefinition verb : rest.getVerbs()) {
                String uri = verb.getTo() == null ? "" : verb.getTo().getUri();
                String target = uri.startsWith("direct:") ? uri.substring("direct:".length()) : uri;
                bindings.add(new Contract.Operation(verb.asVerb().toUpperCase(Locale.ROOT),
                        join(base, verb.getPath()), target));
            }
        }
        return bindings;
    }

    /** Each operation bound but not in the contract, and each one in the contract but not bound, in one line. */
    static List<String> differences(List<Contract.Operation> operations, Set<Contract.Operation> bindings) {
        List<String> differences = new ArrayList<>();
        for (Contract.Operation operation : operations) {
            if (!bindings.contains(operation)) {
                differences.add(describe(operation) + " is in the contract but not bound to direct:"
                        + operation.operationId());
            }
        }
        for (Contract.Operation binding : bindings) {
            if (!operations.contains(binding)) {
                differences.add(describe(binding) + " to " + binding.operationId()
                        + " is bound but is not an operation of the contract");
            }
        }
        return differences;
    }

    private static String describe(Contract.Operation operation) {
        return operation.method() + " " + operation.path();
    }

    private static String join(String base, String path) {
        String tail = path == null ? "" : path;
        if (base.endsWith("/") && tail.startsWith("/")) {
            return base + tail.substring(1);
        }
        return base + tail;
    }
}
