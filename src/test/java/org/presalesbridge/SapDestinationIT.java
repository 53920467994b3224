package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The SAP destination an operator sets in the environment, as the built jar reads it: JCo's logon properties
 * beyond the fixed settings reach the destination, and an SAP host set beside the simulated SAP inside the adapter
 * ends the start instead of sending a CRM's documents to the simulation.
 */
class SapDestinationIT {

    @Test
    void aLoadBalancedLogonThroughASaprouterReachesTheDestination() throws Exception {
        try (AdapterProcess adapter = AdapterProcess.start(Map.of(
                "SAP_JCO_MOCK_INSTANCE", "",
                "SAP_JCO_CLIENT_MSHOST", "sapms.example.com",
                "SAP_JCO_CLIENT_MSSERV", "3600",
                "SAP_JCO_CLIENT_R3NAME", "PRD",
                "SAP_JCO_CLIENT_GROUP", "PUBLIC",
                "SAP_JCO_CLIENT_SAPROUTER", "/H/router.example.com/S/3299",
                "SAP_JCO_CLIENT_SNC_MODE", "1",
                "SAP_JCO_CLIENT_SNC_PARTNERNAME", "p:CN=PRD"))) {
            String destination = adapter.log().lines().filter(line -> line.contains("SAP destination"))
                    .findFirst().orElseThrow();

            assertThat(destination).contains("jco.client.mshost=sapms.example.com", "jco.client.msserv=3600",
                    "jco.client.r3name=PRD", "jco.client.group=PUBLIC",
                    "jco.client.saprouter=/H/router.example.com/S/3299", "jco.client.snc_mode=1",
                    "jco.client.snc_partnername=p:CN=PRD");
            assertThat(destination).doesNotContain("jco.client.ashost", "jco.mock.instance");
        }
    }

    @Test
    void anSapHostBesideTheSimulatedSapEndsTheStartWithTheReason() throws Exception {
        try (AdapterProcess adapter = AdapterProcess.startRefused(AdapterProcess.freePort(),
                Map.of("SAP_JCO_CLIENT_ASHOST", "sapecc.example.com"))) {
            assertThat(adapter.process().exitValue()).isEqualTo(1);
            assertThat(adapter.log()).contains("Presales Bridge cannot start: An SAP host is set "
                    + "(sapecc.example.com) and so is the simulated SAP inside the adapter (sap.jco.mock.instance): "
                    + "clear SAP_JCO_MOCK_INSTANCE");
        }
    }
}
