package org.presalesbridge.mocksap.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presalesbridge.mocksap.sd.CommitListener;
import org.presalesbridge.mocksap.sd.CommittedLuw;
import org.presalesbridge.mocksap.sd.CreateRequest;
import org.presalesbridge.mocksap.sd.DocumentCategory;
import org.presalesbridge.mocksap.sd.HeaderData;
import org.presalesbridge.mocksap.sd.ItemData;
import org.presalesbridge.mocksap.sd.ItemInput;
import org.presalesbridge.mocksap.sd.Partner;
import org.presalesbridge.mocksap.sd.SdResult;
import org.presalesbridge.mocksap.sd.SdSession;
import org.presalesbridge.mocksap.sd.SdState;
import org.presalesbridge.mocksap.sd.SdSystem;
import org.presalesbridge.mocksap.sd.masterdata.MasterData;
import org.presalesbridge.mocksap.sd.masterdata.SalesArea;

class JournalTest {

    @TempDir
    Path dataDirectory;

    @Test
    void committedQuotationSurvivesARestart() throws IOException {
        SdSystem before = newSystem();
        String number;
        try (Journal journal = Journal.open(dataDirectory, journaled(before))) {
            number = createQuotation(before, "CRM-1");
        }

        SdSystem after = newSystem();
        try (Journal journal = Journal.open(dataDirectory, journaled(after))) {
            assertThat(after.committedDocument(number)).isEqualTo(before.committedDocument(number));
            assertThat(after.numberRangeLevels()).isEqualTo(before.numberRangeLevels());
            assertThat(createQuotation(after, "CRM-2")).isGreaterThan(number);
        }
    }

    @Test
    void commitsAfterARestartAreKeptToo() throws IOException {
        SdSystem first = newSystem();
        try (Journal journal = Journal.open(dataDirectory, journaled(first))) {
            createQuotation(first, "CRM-1");
        }
        SdSystem second = newSystem();
        String later;
        try (Journal journal = Journal.open(dataDirectory, journaled(second))) {
            later = createQuotation(second, "CRM-2");
        }
        SdSystem third = newSystem();
        try (Journal journal = Journal.open(dataDirectory, journaled(third))) {
            assertThat(third.committedDocumentCount()).isEqualTo(2);
            assertThat(third.committedDocument(later)).isEqualTo(second.committedDocument(later));
        }
    }

    @Test
    void resetSystemStartsTheDirectoryAnew() throws IOException {
        SdSystem system = newSystem();
        String kept;
        try (Journal journal = Journal.open(dataDirectory, journaled(system))) {
            createQuotation(system, "CRM-1");
            system.reset(MasterData.fromClasspath());
            journal.startOver();
            kept = createQuotation(system, "CRM-2");
        }
        SdSystem restarted = newSystem();
        try (Journal journal = Journal.open(dataDirectory, journaled(restarted))) {
            assertThat(restarted.committedDocumentCount()).isEqualTo(1);
            assertThat(restarted.committedDocument(kept)).isPresent();
        }
    }

    @Test
    void commitAfterAResetWithoutStartOverStillStartsAnew() throws IOException {
        SdSystem system = newSystem();
        String kept;
        try (Journal journal = Journal.open(dataDirectory, journaled(system))) {
            createQuotation(system, "CRM-1");
            createQuotation(system, "CRM-2");
            system.reset(MasterData.fromClasspath());
            kept = createQuotation(system, "CRM-3");
        }
        SdSystem restarted = newSystem();
        try (Journal journal = Journal.open(dataDirectory, journaled(restarted))) {
            assertThat(restarted.committedDocumentCount()).isEqualTo(1);
            assertThat(restarted.committedDocument(kept).map(d -> d.header().data().purchaseOrderNumber()))
                    .contains("CRM-3");
        }
    }

    @Test
    void tornLastLineIsDropped() throws IOException {
        SdSystem system = newSystem();
        String number;
        try (Journal journal = Journal.open(dataDirectory, journaled(system))) {
            number = createQuotation(system, "CRM-1");
        }
        // the process died while writing the next commit
        Files.writeString(dataDirectory.resolve(Journal.JOURNAL), "{\"sequence\":2,\"docu", StandardOpenOption.APPEND);

        SdSystem restarted = newSystem();
        try (Journal journal = Journal.open(dataDirectory, journaled(restarted))) {
            assertThat(restarted.committedDocument(number)).isPresent();
            assertThat(restarted.committedDocumentCount()).isEqualTo(1);
        }
    }

    @Test
    void refusesADirectoryAnotherProcessUses() throws IOException {
        try (Journal journal = Journal.open(dataDirectory, journaled(newSystem()))) {
            // FileLock is per process, so a second open in the same JVM fails with OverlappingFileLockException
            assertThatThrownBy(() -> Journal.open(dataDirectory, journaled(newSystem()))).isInstanceOfAny(IOException.class,
                    java.nio.channels.OverlappingFileLockException.class);
        }
    }

    /** SdSystem has the same persistence hook as SimulatedSap, which wraps it. */
    static Journal.JournaledSystem journaled(SdSystem system) {
        return new Journal.JournaledSystem() {
            @Override
            public void addCommitListener(CommitListener listener) {
                system.addCommitListener(listener);
            }

            @Override
            public void removeCommitListener(CommitListener listener) {
                system.removeCommitListener(listener);
            }

            @Override
            public SdState exportState() {
                return system.exportState();
            }

            @Override
            public void importState(SdState state) {
                system.importState(state);
            }

            @Override
            public void replay(CommittedLuw luw) {
                system.replay(luw);
            }
        };
    }

    private static SdSystem newSystem() {
        return new SdSystem(MasterData.fromClasspath(), Clock.systemDefaultZone());
    }

    /** Creates and commits a quotation with two items; returns its number. */
    static String createQuotation(SdSystem system, String purchaseOrderNumber) {
        SdSession session = system.openSession("test", "CLERK");
        LocalDate today = LocalDate.now();
        HeaderData header = new HeaderData("AG", new SalesArea("1000", "10", "00"), "", "", purchaseOrderNumber,
                null, "", "", today, null, null, today, today.plusDays(30), "", "", "", "", "", "", "");
        CreateRequest request = new CreateRequest(header,
                List.of(item("000010", "M-01", "2"), item("000020", "M-02", "1")),
                List.of(new Partner("AG", "0000001000", Partner.HEADER_ITEM, "", "", "", "", "")),
                List.of(), List.of(), List.of(), "", false);
        SdResult result = session.create(request, DocumentCategory.QUOTATION);
        assertThat(result.failed()).as("%s", result.messages()).isFalse();
        assertThat(session.commit()).isPresent();
        return result.documentNumber();
    }

    private static ItemInput item(String number, String material, String quantity) {
        ItemData data = new ItemData("", material, new BigDecimal(quantity), "", "", "", "", "", "", "", "", "", "");
        return new ItemInput('I', number, data);
    }
}
