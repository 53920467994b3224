package org.presalesbridge.bench;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.model.rest.RestBindingMode;

/**
 * The benchmark's yardstick: Camel Main with the same embedded HTTP server as the adapter (platform-http on
 * Vert.x, same Camel version), and one REST route that parses the create-quotation JSON and answers it back,
 * 201. No contract, no SAP. Usage: {@code BareRest PORT}.
 */
public final class BareRest {

    private BareRest() {
    }

    public static void main(String[] args) throws Exception {
        String port = args.length > 0 ? args[0] : "8081";
        Main main = new Main();
        main.addInitialProperty("camel.main.name", "bare-rest");
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.port", port);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                restConfiguration().component("platform-http").bindingMode(RestBindingMode.off);
                rest("/api/v1").post("/quotations").consumes("application/json").produces("application/json")
                        .to("direct:echo");
                from("direct:echo").routeId("echo")
                        .unmarshal().json(Map.class)
                        .marshal().json()
                        .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
            }
        });
        main.run();
    }
}
