package org.presalesbridge.sap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.presalesbridge.document.DocumentKind;

/**
 * The circuit towards SAP when SAP refuses the adapter's logon: no second attempt, the circuit open at the first
 * refusal, and every answer and the readiness check saying why, where a connection that broke is tried again and
 * opens the circuit only after the threshold.
 */
class ResilientSapConnectorTest {

    private static final ResilientSapConnector.Settings SETTINGS = new ResilientSapConnector.Settings(3,
            Duration.ofMillis(1), Duration.ofMillis(2), Set.of("V1 042"), 5, Duration.ofSeconds(30), 4,
            Duration.ofMillis(100));

    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aRefusedLogonIsNotTriedAgainAndOpensTheCircuitAtOnceNamingTheReason() {
        ResilientSapConnector sap = new ResilientSapConnector(sapThatThrows(() -> SapUnavailable.logonRefused(
                "SAP refused the adapter's logon (check the password).", null)), SETTINGS);

        assertThatThrownBy(() -> sap.display(DocumentKind.QUOTATION, "20000000"))
                .isInstanceOf(SapUnavailable.class).hasMessageContaining("refused the adapter's logon");
        assertThat(calls).as("a read is tried again after a broken connection, never after a refused logon")
                .hasValue(1);

        assertThatThrownBy(() -> sap.display(DocumentKind.QUOTATION, "20000000"))
                .isInstanceOf(SapUnavailable.class)
                .hasMessageContaining("SAP refused the adapter's logon (check the password)")
                .hasMessageContaining("does not call it for a while")
                .satisfies(e -> assertThat(((SapUnavailable) e).retryAfterSeconds()).isPositive());
        assertThat(calls).as("the open circuit keeps the adapter from logging on again").hasValue(1);
        assertThat(sap.unavailableBecause()).hasValueSatisfying(
                reason -> assertThat(reason).contains("refused the adapter's logon").contains("tries again in"));
    }

    @Test
    void aBrokenConnectionIsTriedAgainAndTheOpenCircuitGivesTheLastFailure() {
        ResilientSapConnector sap = new ResilientSapConnector(sapThatThrows(() -> new SapUnavailable(
                "SAP cannot be reached.", null)), SETTINGS);

        assertThatThrownBy(() -> sap.display(DocumentKind.QUOTATION, "20000000"))
                .isInstanceOf(SapUnavailable.class);
        assertThat(calls).hasValue(3);
        assertThat(sap.unavailableBecause()).isEmpty();

        assertThatThrownBy(() -> sap.display(DocumentKind.QUOTATION, "20000000"))
                .isInstanceOf(SapUnavailable.class)
                .hasMessageStartingWith("SAP could not be reached 5 times in a row, the last time: SAP cannot be "
                        + "reached; the adapter does not call it for a while");
        assertThat(calls).as("the circuit opened at the fifth failure in a row").hasValue(5);
        assertThat(sap.unavailableBecause()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("SAP could not be reached 5 times in a row, the last time: SAP cannot be reached"));
    }

    @Test
    void aProbeThatSapAnswersWithoutADocumentClosesTheCircuitAndOneThatTimesOutKeepsItOpen() throws Exception {
        ResilientSapConnector.Settings briefly = new ResilientSapConnector.Settings(1, Duration.ofMillis(1),
                Duration.ofMillis(1), Set.of(), 2, Duration.ofMillis(50), 4, Duration.ofMillis(100));
        Deque<RuntimeException> answers = new ArrayDeque<>(List.of(
                new SapUnavailable("SAP cannot be reached.", null), new SapUnavailable("SAP cannot be reached.", null),
                new SapTimeout("SAP did not answer in time."), new DocumentNotFound(DocumentKind.QUOTATION, "20000000")));
        ResilientSapConnector sap = new ResilientSapConnector(sapThatThrows(answers::pop), briefly);

        for (int call = 0; call < 2; call++) {
            assertThatThrownBy(() -> sap.ping()).isInstanceOf(SapUnavailable.class);
        }
        Thread.sleep(100);
        assertThatThrownBy(() -> sap.ping()).as("the probe").isInstanceOf(SapTimeout.class);
        assertThat(sap.unavailableBecause()).as("a probe that timed out opens the circuit again").isPresent();

        assertThatThrownBy(() -> sap.ping()).as("refused by the open circuit").isInstanceOf(SapUnavailable.class);
        Thread.sleep(100);
        assertThatThrownBy(() -> sap.ping()).as("the probe").isInstanceOf(DocumentNotFound.class);
        assertThat(sap.unavailableBecause()).as("SAP answered: the circuit is closed").isEmpty();
        assertThatThrownBy(() -> sap.ping()).as("the next call reaches the connector")
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(calls).hasValue(5);
    }

    /** A connector whose every call counts and throws what the supplier gives. */
    private SapConnector sapThatThrows(Supplier<RuntimeException> failure) {
        return (SapConnector) Proxy.newProxyInstance(SapConnector.class.getClassLoader(),
                new Class<?>[] {SapConnector.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("takeBulkhead")) {
                        return false; // the bulkhead around it counts, as for a connector without threads of its own
                    }
                    calls.incrementAndGet();
                    throw failure.get();
                });
    }
}
