package org.presalesbridge.mocksap.jco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoDestinationManager;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.jco.support.FakeSap;
import org.presalesbridge.mocksap.jco.support.Systems;
import org.presalesbridge.mocksap.jco.support.TestDestinationProvider;

/** Destinations: found by name, configured by the provider or a .jcoDestination file, password kept out of sight. */
class DestinationTest {
    private Systems systems;

    @BeforeEach
    void start() throws JCoException {
        systems = Systems.start("DESTINATION");
    }

    @AfterEach
    void stop() {
        systems.stop();
    }

    @Test
    void propertiesAndToStringNeverShowThePassword() throws JCoException {
        java.util.Properties properties = TestDestinationProvider.inProcess(systems.name);
        properties.setProperty("jco.destination.repository.passwd", "s3cret-Passw0rd");
        TestDestinationProvider.install().define(systems.name, properties);
        JCoDestination destination = JCoDestinationManager.getDestination(systems.name);
        assertThat(destination.getProperties()).doesNotContainKey("jco.client.passwd")
                .containsEntry("jco.client.user", "RFC_TEST");
        assertThat(destination.getProperties().toString()).doesNotContain("s3cret-Passw0rd");
        assertThat(destination.toString()).doesNotContain("s3cret-Passw0rd").contains(systems.name);
        assertThat(destination.getAttributes().toString()).doesNotContain("s3cret-Passw0rd");
        assertThat(destination.getUser()).isEqualTo("RFC_TEST");
        assertThat(destination.getClient()).isEqualTo("100");
        destination.ping();
    }

    @Test
    void aMissingDestinationIsAResourceError() {
        assertThatThrownBy(() -> JCoDestinationManager.getDestination("NO_SUCH_DESTINATION"))
                .isInstanceOfSatisfying(JCoException.class, e -> {
                    assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_RESOURCE);
                    assertThat(e.getKey()).isEqualTo("JCO_ERROR_RESOURCE");
                    assertThat(e.getMessage()).contains("NO_SUCH_DESTINATION").contains("does not exist");
                });
    }

    @Test
    void theSameNameGivesTheSameDestination() throws JCoException {
        assertThat(JCoDestinationManager.getDestination(systems.name)).isSameAs(systems.destination);
    }

    @Test
    void withoutAProviderJcoReadsTheDestinationFromANameDotJcoDestinationFileInTheWorkingDirectory()
            throws Exception {
        String name = "JCOMOCK_FILE_TEST";
        Path file = Path.of(name + ".jcoDestination");
        FakeSap sap = new FakeSap();
        InProcessSystems.register(name, sap);
        TestDestinationProvider.uninstall();
        try {
            Files.writeString(file, "jco.mock.instance=" + name + "\njco.client.client=200\n"
                    + "jco.client.user=FILEUSER\njco.client.passwd=file-secret\n", StandardCharsets.UTF_8);
            JCoDestination destination = JCoDestinationManager.getDestination(name);
            assertThat(destination.getClient()).isEqualTo("200");
            assertThat(destination.getProperties().toString()).doesNotContain("file-secret");
            destination.getRepository().getFunction("RFC_PING").execute(destination);
            assertThat(sap.calls()).extracting(FakeSap.Call::function).containsExactly("RFC_PING");
            assertThatThrownBy(() -> JCoDestinationManager.getDestination(systems.name))
                    .isInstanceOfSatisfying(JCoException.class,
                            e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_RESOURCE));
        } finally {
            Files.deleteIfExists(file);
            InProcessSystems.remove(name);
            TestDestinationProvider.install();
        }
        assertThat(file).doesNotExist();
    }
}
