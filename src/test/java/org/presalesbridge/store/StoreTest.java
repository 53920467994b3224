package org.presalesbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.presalesbridge.TempFiles;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.store.DocumentKeys.Claim;
import org.presalesbridge.store.DocumentKeys.Granted;
import org.presalesbridge.store.DocumentKeys.State;
import org.presalesbridge.store.DocumentKeys.Taken;
import org.presalesbridge.store.IdempotencyRecords.InProgress;
import org.presalesbridge.store.IdempotencyRecords.Mismatch;
import org.presalesbridge.store.IdempotencyRecords.Replay;
import org.presalesbridge.store.IdempotencyRecords.Started;
import org.presalesbridge.store.IdempotencyRecords.StoredAnswer;

/** The store, each test on the embedded H2 database and on a real PostgreSQL. */
class StoreTest {

    private static final Duration LEASE = Duration.ofSeconds(20);
    private static final DocumentKind QUOTATION = DocumentKind.QUOTATION;

    private final List<Store> opened = new ArrayList<>();

    static Stream<Named<Databases.Opener>> databases() {
        return Databases.both();
    }

    @AfterEach
    void close() {
        opened.forEach(Store::close);
    }

    private Store open(Databases.Opener database) {
        Store store = database.open(LEASE);
        opened.add(store);
        return store;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theSchemaIsAtItsNewestVersion(Databases.Opener database) throws SQLException {
        Store store = open(database);

        try (Connection connection = store.dataSource().getConnection();
             ResultSet row = connection.createStatement().executeQuery(
                     "SELECT MAX(version) FROM store_schema")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("3");
        }
        List<String> tables = new ArrayList<>();
        try (Connection connection = store.dataSource().getConnection();
             ResultSet row = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (row.next()) {
                tables.add(row.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertThat(tables).contains("adapter_instance", "document_key", "idempotency_record", "audit_event",
                "accepted_request");
        assertThat(count(store, "SELECT COUNT(*) FROM adapter_instance")).as("this process, registered").isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void ofSixteenConcurrentClaimsOfOneExternalIdExactlyOneWins(Databases.Opener database) throws Exception {
        DocumentKeys keys = new DocumentKeys(open(database));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<Claim>> claims = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Callable<Claim> claim = () -> {
                start.await();
                return keys.claim(QUOTATION, "CRM-RACE", "fingerprint");
            };
            claims.add(threads.submit(claim));
        }
        start.countDown();
        List<Claim> results = new ArrayList<>();
        for (Future<Claim> claim : claims) {
            results.add(claim.get());
        }
        threads.shutdown();

        assertThat(results).filteredOn(Granted.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(Taken.class::isInstance).hasSize(15);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentWritesAreEachCommittedBeforeTheyReturnAndAFailingOneSparesTheOthers(Databases.Opener database)
            throws Exception {
        Store store = open(database);
        DocumentKeys keys = new DocumentKeys(store);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(32);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            String own = "CRM-OWN-" + i;
            boolean racing = i % 4 == 0;
            results.add(threads.submit(() -> {
                start.await();
                // every fourth request also races for one shared id: the losers' inserts fail in the same commits
                boolean wonShared = racing && keys.claim(QUOTATION, "CRM-SHARED", "f") instanceof Granted;
                assertThat(keys.claim(QUOTATION, own, "f")).isInstanceOf(Granted.class);
                // committed already: another connection of the database sees it
                assertThat(count(store, "SELECT COUNT(*) FROM document_key WHERE external_id = '" + own + "'"))
                        .as(own).isEqualTo(1);
                return wonShared;
            }));
        }
        start.countDown();
        int sharedWinners = 0;
        for (Future<Boolean> result : results) {
            sharedWinners += result.get() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(sharedWinners).isEqualTo(1);
        assertThat(count(store, "SELECT COUNT(*) FROM document_key")).isEqualTo(257);
    }

    @Test
    void theEmbeddedFileIsCompactedWhenTheStoreClosesAndKeepsEveryKey() throws Exception {
        Path directory = TempFiles.directory("presales-bridge-store-");
        Path file = directory.resolve("presales-bridge.mv.db");
        Store store = Store.open("", "", "", directory, LEASE);
        DocumentKeys keys = new DocumentKeys(store);
        for (int i = 1; i <= 300; i++) {
            String number = String.valueOf(20_000_000 + i);
            keys.claim(QUOTATION, "CRM-" + i, "f");
            keys.created(QUOTATION, "CRM-" + i, number, "f",
                    new AuditTrail.Event("crm", "create", QUOTATION, number, "CRM-" + i, "saved", ""));
        }
        long grown = Files.size(file);

        store.close();

        // every commit wrote a chunk of the file; closed, it holds its live data only
        assertThat(Files.size(file)).as("compacted from %d bytes", grown).isLessThan(grown / 4);
        DocumentKeys reopened = new DocumentKeys(open(lease -> Store.open("", "", "", directory, lease)));
        for (int i = 1; i <= 300; i++) {
            assertThat(reopened.find(QUOTATION, "CRM-" + i)).as("CRM-" + i).get()
                    .extracting(DocumentKeys.DocumentKey::state, DocumentKeys.DocumentKey::documentNumber)
                    .containsExactly(State.CREATED, String.valueOf(20_000_000 + i));
        }
    }

    @Test
    void theEmbeddedFileStopsGrowingWhileTheStoreKeepsWriting() throws Exception {
        Path directory = TempFiles.directory("presales-bridge-store-");
        Path file = directory.resolve("presales-bridge.mv.db");
        // no retention time, so that a chunk emptied by the rewriter is reused at once instead of after 45 s
        Store store = Store.openInBackground("", "", "", directory, LEASE, Duration.ZERO);
        opened.add(store);
        store.awaitOpen();
        DocumentKeys keys = new DocumentKeys(store);
        List<Long> sizes = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (int i = 1; i <= 1_000; i++) {
                String externalId = "CRM-" + round + "-" + i;
                String number = String.valueOf(20_000_000 + round * 1_000 + i);
                keys.claim(QUOTATION, externalId, "f");
                keys.created(QUOTATION, externalId, number, "f",
                        new AuditTrail.Event("crm", "create", QUOTATION, number, externalId, "saved", ""));
            }
            // the rewriter runs every half second: a round's chunks are rewritten while the next round writes
            Thread.sleep(1_000);
            sizes.add(Files.size(file));
        }

        // each document's rows and index entries take about 0.6 KB; its two commits write a chunk each, about 7 KB,
        // all of which stays in the file unless the chunks' live pages are moved out
        long perDocument = (sizes.get(5) - sizes.get(0)) / 5_000;
        assertThat(perDocument).as("bytes a document added to the file; sizes after each round of 1,000: %s", sizes)
                .isLessThan(2_000);
        assertThat(count(store, "SELECT COUNT(*) FROM document_key WHERE state = 'CREATED'")).isEqualTo(6_000);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCreatedDocumentIsFoundByItsExternalId(Databases.Opener database) {
        DocumentKeys keys = new DocumentKeys(open(database));
        keys.claim(QUOTATION, "CRM-1", "f1");
        keys.created(QUOTATION, "CRM-1", "20000007", "f1",
                new AuditTrail.Event("crm", "create", QUOTATION, "20000007", "CRM-1", "saved", ""));

        Claim again = keys.claim(QUOTATION, "CRM-1", "f1");

        assertThat(again).isInstanceOf(Taken.class);
        assertThat(((Taken) again).key().state()).isEqualTo(State.CREATED);
        assertThat(((Taken) again).key().documentNumber()).isEqualTo("20000007");
        assertThat(keys.claim(DocumentKind.INQUIRY, "CRM-1", "f1")).as("another kind, another key")
                .isInstanceOf(Granted.class);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReleasedExternalIdIsFreeAgain(Databases.Opener database) {
        DocumentKeys keys = new DocumentKeys(open(database));
        keys.claim(QUOTATION, "CRM-2", "f1");
        keys.release(QUOTATION, "CRM-2");

        assertThat(keys.claim(QUOTATION, "CRM-2", "f2")).isEqualTo(new Granted(false, null));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anExternalIdInDoubtIsTakenOverOnlyAfterAskingSap(Databases.Opener database) {
        DocumentKeys keys = new DocumentKeys(open(database));
        keys.claim(QUOTATION, "CRM-3", "f1");
        keys.inDoubt(QUOTATION, "CRM-3");

        assertThat(keys.claim(QUOTATION, "CRM-3", "f2")).isEqualTo(new Granted(true, "f1"));
        assertThat(keys.claim(QUOTATION, "CRM-3", "f2")).as("now claimed by a live process")
                .isInstanceOf(Taken.class);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theClaimOfAProcessThatDiedIsTakenOverAfterAskingSap(Databases.Opener database) throws SQLException {
        Store store = open(database);
        DocumentKeys keys = new DocumentKeys(store);
        try (Connection connection = store.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO document_key (document_kind, "
                     + "external_id, state, request_fingerprint, owner_instance, claimed_at) "
                     + "VALUES ('QUOTATION', 'CRM-4', 'CLAIMED', 'f1', 'gone', CURRENT_TIMESTAMP)")) {
            insert.executeUpdate();
        }

        assertThat(keys.claim(QUOTATION, "CRM-4", "f1")).isEqualTo(new Granted(true, "f1"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anIdempotencyKeyRunsOnceAndReplaysItsAnswer(Databases.Opener database) {
        IdempotencyRecords records = new IdempotencyRecords(open(database), Duration.ofHours(24));
        StoredAnswer answer = new StoredAnswer(201, "/api/v1/quotations/20000001", "application/json", "{\"a\":1}");

        assertThat(records.begin("crm", "k", "createQuotation", "f1")).isInstanceOf(Started.class);
        assertThat(records.begin("crm", "k", "createQuotation", "f1")).isInstanceOf(InProgress.class);
        records.complete("crm", "k", answer);

        assertThat(records.begin("crm", "k", "createQuotation", "f1")).isEqualTo(new Replay(answer));
        assertThat(records.begin("crm", "k", "createQuotation", "f2")).isInstanceOf(Mismatch.class);
        assertThat(records.begin("crm", "k", "changeQuotation 20000001", "f1")).isInstanceOf(Mismatch.class);
        assertThat(records.begin("other-crm", "k", "createQuotation", "f1")).isInstanceOf(Started.class);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReleasedKeyMayBeSentAgainAndAnExpiredOneIsForgotten(Databases.Opener database) {
        Store store = open(database);
        IdempotencyRecords kept = new IdempotencyRecords(store, Duration.ofHours(24));
        kept.begin("crm", "k1", "createQuotation", "f1");
        kept.release("crm", "k1");
        assertThat(kept.begin("crm", "k1", "createQuotation", "f1")).isInstanceOf(Started.class);

        IdempotencyRecords forgetful = new IdempotencyRecords(store, Duration.ofMillis(-1));
        forgetful.begin("crm", "k2", "createQuotation", "f1");
        forgetful.complete("crm", "k2", new StoredAnswer(201, null, "application/json", "{}"));
        assertThat(forgetful.begin("crm", "k2", "createQuotation", "f2")).isInstanceOf(Started.class);
        forgetful.complete("crm", "k2", new StoredAnswer(201, null, "application/json", "{}"));
        assertThat(forgetful.purgeExpired()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theAuditTrailKeepsEveryWriteOfADocumentInOrder(Databases.Opener database) {
        AuditTrail audit = new AuditTrail(open(database));
        audit.record(new AuditTrail.Event("crm", "create", QUOTATION, "20000001", "CRM-5", "saved", "S V1 311 saved"));
        audit.record(new AuditTrail.Event("crm", "change", QUOTATION, "20000001", null, "rejected", "E V1 042 locked"));
        audit.record(new AuditTrail.Event("crm", "create", QUOTATION, "20000002", "CRM-6", "saved", ""));

        assertThat(audit.of(QUOTATION, "20000001")).extracting(AuditTrail.Event::operation, AuditTrail.Event::outcome)
                .containsExactly(tuple("create", "saved"),
                        tuple("change", "rejected"));
    }

    @Test
    void theEmbeddedAuditTrailKeepsADocumentsWritesInOrderAcrossRestarts() throws Exception {
        Path directory = TempFiles.directory("presales-bridge-store-");
        Store first = Store.open("", "", "", directory, LEASE);
        AuditTrail audit = new AuditTrail(first);
        audit.record(new AuditTrail.Event("crm", "create", QUOTATION, "20000001", "CRM-5", "saved", ""));
        audit.record(new AuditTrail.Event("crm", "change", QUOTATION, "20000001", null, "saved", ""));
        first.close();

        // the embedded store takes its event ids in blocks; the next process goes on after the last one handed out
        AuditTrail reopened = new AuditTrail(open(lease -> Store.open("", "", "", directory, lease)));
        reopened.record(new AuditTrail.Event("crm", "change", QUOTATION, "20000001", null, "rejected", "E V1 042"));

        assertThat(reopened.of(QUOTATION, "20000001")).extracting(AuditTrail.Event::operation,
                AuditTrail.Event::outcome).containsExactly(tuple("create", "saved"), tuple("change", "saved"),
                tuple("change", "rejected"));
    }

    private static long count(Store store, String sql) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
