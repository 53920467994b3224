package org.presalesbridge.mocksap.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoDestinationManager;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presalesbridge.mocksap.NewDocument;
import org.presalesbridge.mocksap.jco.Destinations;
import org.presalesbridge.mocksap.jco.InProcessSystems;
import org.presalesbridge.mocksap.server.SimulatedSap;
import org.presalesbridge.mocksap.server.UserChange;

/** The data directory: what a system committed is there again in a new system on the same directory. */
class JournalTest {

    private static final AtomicInteger SYSTEMS = new AtomicInteger();

    @TempDir
    Path dataDirectory;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void removeSystems() throws IOException {
        for (String name : started) {
            Destinations.forget(name);
            InProcessSystems.remove(name);
            Files.deleteIfExists(Path.of(name + ".jcoDestination"));
        }
    }

    @Test
    void committedQuotationSurvivesARestart() throws Exception {
        SimulatedSap before = newSystem();
        String number;
        try (Journal journal = Journal.open(dataDirectory, before, true)) {
            number = createQuotation(before, "CRM-1");
            before.admin().changeDocument("CLERK", number, UserChange.validTo(LocalDate.of(2031, 1, 31)));
        }

        SimulatedSap after = newSystem();
        try (Journal journal = Journal.open(dataDirectory, after, true)) {
            assertThat(after.document(number)).isEqualTo(before.document(number));
            assertThat(after.changeDocumentsOf(number)).isEqualTo(before.changeDocumentsOf(number)).hasSize(1);
            assertThat(after.exportState().numberRangeLevels()).isEqualTo(before.exportState().numberRangeLevels());
            assertThat(createQuotation(after, "CRM-2")).isGreaterThan(number);
        }
    }

    @Test
    void commitsNotForcedToDiskSurviveTheProcessToo() throws Exception {
        SimulatedSap before = newSystem();
        String number;
        try (Journal journal = Journal.open(dataDirectory, before, false)) {
            number = createQuotation(before, "CRM-1");
            journal.awaitDurable();
        }

        SimulatedSap after = newSystem();
        try (Journal journal = Journal.open(dataDirectory, after, false)) {
            assertThat(after.document(number)).isEqualTo(before.document(number));
        }
    }

    @Test
    void commitsAfterARestartAreKeptToo() throws Exception {
        SimulatedSap first = newSystem();
        try (Journal journal = Journal.open(dataDirectory, first, true)) {
            createQuotation(first, "CRM-1");
        }
        SimulatedSap second = newSystem();
        String later;
        try (Journal journal = Journal.open(dataDirectory, second, true)) {
            later = createQuotation(second, "CRM-2");
        }
        SimulatedSap third = newSystem();
        try (Journal journal = Journal.open(dataDirectory, third, true)) {
            assertThat(third.exportState().documents()).hasSize(2);
            assertThat(third.document(later)).isEqualTo(second.document(later));
        }
    }

    @Test
    void resetSystemStartsTheDirectoryAnew() throws Exception {
        SimulatedSap system = newSystem();
        String kept;
        try (Journal journal = Journal.open(dataDirectory, system, true)) {
            createQuotation(system, "CRM-1");
            system.reset();
            journal.startOver();
            kept = createQuotation(system, "CRM-2");
        }
        SimulatedSap restarted = newSystem();
        try (Journal journal = Journal.open(dataDirectory, restarted, true)) {
            assertThat(restarted.exportState().documents()).hasSize(1);
            assertThat(restarted.document(kept)).isPresent();
        }
    }

    @Test
    void commitAfterAResetWithoutStartOverStillStartsAnew() throws Exception {
        SimulatedSap system = newSystem();
        String kept;
        try (Journal journal = Journal.open(dataDirectory, system, true)) {
            createQuotation(system, "CRM-1");
            createQuotation(system, "CRM-2");
            system.reset();
            kept = createQuotation(system, "CRM-3");
        }
        SimulatedSap restarted = newSystem();
        try (Journal journal = Journal.open(dataDirectory, restarted, true)) {
            assertThat(restarted.exportState().documents()).hasSize(1);
            assertThat(restarted.document(kept).map(d -> d.header().data().purchaseOrderNumber()))
                    .contains("CRM-3");
        }
    }

    @Test
    void tornLastLineIsDropped() throws Exception {
        SimulatedSap system = newSystem();
        String number;
        try (Journal journal = Journal.open(dataDirectory, system, true)) {
            number = createQuotation(system, "CRM-1");
        }
        // the process died while writing the next commit
        Files.writeString(dataDirectory.resolve(Journal.JOURNAL), "{\"sequence\":2,\"docu", StandardOpenOption.APPEND);

        SimulatedSap restarted = newSystem();
        try (Journal journal = Journal.open(dataDirectory, restarted, true)) {
            assertThat(restarted.document(number)).isPresent();
            assertThat(restarted.exportState().documents()).hasSize(1);
        }
    }

    @Test
    void refusesADirectoryInUse() throws Exception {
        try (Journal journal = Journal.open(dataDirectory, newSystem(), true)) {
            // a lock is per process: within one JVM the second open fails with OverlappingFileLockException
            assertThatThrownBy(() -> Journal.open(dataDirectory, newSystem(), true)).isInstanceOfAny(IOException.class,
                    java.nio.channels.OverlappingFileLockException.class);
        }
    }

    /** A fresh SAP system in this JVM, as a restarted process would build it. */
    private SimulatedSap newSystem() {
        String name = "JOURNAL_TEST_" + SYSTEMS.incrementAndGet();
        SimulatedSap sap = new SimulatedSap(name);
        InProcessSystems.register(name, sap);
        started.add(name);
        return sap;
    }

    /** Creates and commits a quotation with two items through JCo; returns its number. */
    private static String createQuotation(SimulatedSap sap, String purchaseOrderNumber) throws Exception {
        return Luw.createAndCommit(destinationTo(sap), NewDocument.quotation().purchaseOrder(purchaseOrderNumber)
                .item("M-01", "2").item("M-02", "1"));
    }

    private static JCoDestination destinationTo(SimulatedSap sap) throws IOException, JCoException {
        Path file = Path.of(sap.name() + ".jcoDestination");
        if (!Files.exists(file)) {
            Properties properties = new Properties();
            properties.setProperty(InProcessSystems.INSTANCE_PROPERTY, sap.name());
            properties.setProperty("jco.client.user", "CLERK");
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "written by JournalTest");
            }
        }
        return JCoDestinationManager.getDestination(sap.name());
    }
}
