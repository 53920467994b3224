package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/** The REST bindings in routes/ and the contract's operations are the same, and start-up refuses when not. */
class RestBindingsTest {

    private final Contract contract = new Contract(new ObjectMapper());

    @Test
    void theShippedRoutesBindEveryOperationOfTheContractAndNoOther() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context)
                    .loadRoutes(ResourceHelper.resolveResource(context, "file:routes/rest-api.camel.yaml"));
            Set<Contract.Operation> bindings = RestBindings.bindings(
                    context.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions());

            assertThat(bindings).containsExactlyInAnyOrderElementsOf(contract.operations());
            assertThat(bindings).contains(
                    new Contract.Operation("POST", "/api/v1/quotations", "createQuotation"),
                    new Contract.Operation("PATCH", "/api/v1/inquiries/{documentNumber}", "changeInquiry"));
        }
    }

    @Test
    void namesAnOperationThatIsNotBoundAndABindingThatIsNoOperation() {
        Set<Contract.Operation> bindings = new LinkedHashSet<>(contract.operations());
        bindings.remove(new Contract.Operation("GET", "/api/v1/quotations/{documentNumber}", "getQuotation"));
        bindings.add(new Contract.Operation("DELETE", "/api/v1/quotations/{documentNumber}", "deleteQuotation"));

        List<String> differences = RestBindings.differences(contract.operations(), bindings);

        assertThat(differences).containsExactly(
                "GET /api/v1/quotations/{documentNumber} is in the contract but not bound to direct:getQuotation",
                "DELETE /api/v1/quotations/{documentNumber} to deleteQuotation is bound but is not an operation of "
                        + "the contract");
    }

    @Test
    void theAdapterDoesNotStartWhenAnOperationIsBoundToAnotherRoute() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("rest.camel.yaml", """
                    - rest:
                        path: /api/v1
                        post:
                          - path: /inquiries
                            to: direct:createQuotation
                    """));

            assertThatThrownBy(() -> new RestBindings(contract).onCamelContextStarting(context, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("POST /api/v1/inquiries is in the contract but not bound to "
                            + "direct:createInquiry")
                    .hasMessageContaining("POST /api/v1/inquiries to createQuotation is bound but is not an "
                            + "operation of the contract");
        }
    }
}
