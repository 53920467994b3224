package org.presalesbridge.sap.jco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.mocksap.jco.InProcessSystems;
import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.translation.CodeTables;

/**
 * An SAP that takes the connection and then says nothing (a gateway that hangs; real JCo against a host that drops
 * packets waits as long for its connect timeout): the connector's start asks it for its BAPIs' fields within the
 * call timeout, then starts without the answer instead of waiting for as long as the network does, and works once
 * SAP answers.
 */
class SilentSapAtStartTest {

    private static final String SYSTEM = "CONNECTOR_TEST_TALKING";
    private static final String SILENT = "CONNECTOR_TEST_SILENT";

    @RegisterExtension
    static final RecordedConnector sap = RecordedConnector.on(SYSTEM, CodeTables.standard());

    @Test
    void startsWithoutTheAnswerOfAnSapThatDoesNotAnswerWithinTheCallTimeout() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch speaks = new CountDownLatch(1);
        InProcessSystems.register(SILENT, silentUntil(InProcessSystems.find(SYSTEM), asked, speaks));
        sap.stopConnector(); // JCo takes one destination provider at a time
        ExecutorService starter = Executors.newSingleThreadExecutor();
        try {
            Future<JcoSapConnector> starting = starter.submit(() ->
                    RecordedConnector.start(SILENT, SILENT, CodeTables.standard(), 200));
            // a guard only: without the call timeout the start waits for SAP for ever
            JcoSapConnector started = starting.get(60, TimeUnit.SECONDS);
            try {
                assertThat(asked.getCount()).as("SAP was asked for its fields").isZero();
                speaks.countDown();
                String inquiry = started.create(JcoSapConnectorTest.document(DocumentKind.INQUIRY, "CRM-SILENT",
                        null, null, null, List.of(JcoSapConnectorTest.item("M-01", "1")))).documentNumber();
                assertThat(started.display(DocumentKind.INQUIRY, inquiry)).isPresent();
            } finally {
                started.close();
            }
        } finally {
            speaks.countDown();
            starter.shutdownNow();
            InProcessSystems.remove(SILENT);
            sap.startConnector();
        }
    }

    /** The system, but every look-up of a function's interface waits until {@code speaks} is counted down. */
    private static RfcServer silentUntil(RfcServer system, CountDownLatch asked, CountDownLatch speaks) {
        return RecordedConnector.withInterfaces(system, function -> {
            asked.countDown();
            try {
                speaks.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return system.functionTemplate(function);
        });
    }
}
