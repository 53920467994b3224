package org.presalesbridge.mocksap.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MockSapOptionsTest {

    @Test
    void defaultsListenOnLoopbackWithSystemNumberZero() {
        MockSapOptions options = MockSapOptions.parse(new String[0], Map.of());

        assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(options.gatewayPort()).isEqualTo(3300);
        assertThat(options.adminPort()).isEqualTo(8099);
        assertThat(options.dataDirectory()).isEmpty();
        assertThat(options.forceToDisk()).isTrue();
        assertThat(options.ledgerCapacity()).isEqualTo(10_000);
    }

    @Test
    void theLedgerKeepsAsManyEntriesAsAsked() {
        assertThat(MockSapOptions.parse(new String[] {"--ledger-capacity", "50000"}, Map.of()).ledgerCapacity())
                .isEqualTo(50_000);
        assertThat(MockSapOptions.parse(new String[0], Map.of("MOCKSAP_LEDGER_CAPACITY", "20000")).ledgerCapacity())
                .isEqualTo(20_000);
        assertThatThrownBy(() -> MockSapOptions.parse(new String[] {"--ledger-capacity", "0"}, Map.of()))
                .hasMessageContaining("--ledger-capacity must be at least 1");
        assertThatThrownBy(() -> MockSapOptions.parse(new String[] {"--ledger-capacity", "many"}, Map.of()))
                .hasMessageContaining("--ledger-capacity must be a number: many");
    }

    @Test
    void commandLineWinsOverEnvironment() {
        MockSapOptions options = MockSapOptions.parse(new String[] {"--sysnr", "42", "--data-dir", "/tmp/sap"},
                Map.of("MOCKSAP_SYSNR", "07", "MOCKSAP_ADMIN_PORT", "0", "MOCKSAP_USERS_FILE", "users.properties",
                        "MOCKSAP_FSYNC", "no"));

        assertThat(options.gatewayPort()).isEqualTo(3342);
        assertThat(options.adminPort()).isZero();
        assertThat(options.dataDirectory()).contains(Path.of("/tmp/sap"));
        assertThat(options.usersFile()).isEqualTo(Optional.of(Path.of("users.properties")));
        assertThat(options.forceToDisk()).isFalse();
    }

    @Test
    void refusesSystemNumbersSapDoesNotHave() {
        assertThatThrownBy(() -> MockSapOptions.parse(new String[] {"--sysnr", "100"}, Map.of()))
                .hasMessageContaining("two digits");
        assertThatThrownBy(() -> MockSapOptions.parse(new String[] {"--port", "1"}, Map.of()))
                .hasMessageContaining("unknown option --port");
        assertThatThrownBy(() -> MockSapOptions.parse(new String[] {"--fsync", "maybe"}, Map.of()))
                .hasMessageContaining("--fsync takes yes or no");
    }
}
