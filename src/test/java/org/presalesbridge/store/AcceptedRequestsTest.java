package org.presalesbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.store.AcceptedRequests.Accepted;
import org.presalesbridge.store.AcceptedRequests.AcceptedRequest;
import org.presalesbridge.store.AcceptedRequests.Claimed;
import org.presalesbridge.store.AcceptedRequests.Conflict;
import org.presalesbridge.store.AcceptedRequests.NewRequest;
import org.presalesbridge.store.AcceptedRequests.State;

/** Requests accepted for later in the store, each test on the embedded H2 database and on a real PostgreSQL. */
class AcceptedRequestsTest {

    private static final DocumentKind QUOTATION = DocumentKind.QUOTATION;

    @RegisterExtension
    final OpenedStores stores = new OpenedStores(Duration.ofSeconds(20));

    private Store open(Databases.Opener database) {
        return stores.open(database);
    }

    private AcceptedRequests requests(Databases.Opener database) {
        return new AcceptedRequests(open(database));
    }

    private static NewRequest change(String number, String body) {
        return new NewRequest("crm", "changeQuotation", QUOTATION, null, number, "f-" + body, body);
    }

    private static NewRequest create(String externalId, String fingerprint) {
        return new NewRequest("crm", "createQuotation", QUOTATION, externalId, null, fingerprint, "{}");
    }

    private static AcceptedRequest accepted(AcceptedRequests requests, NewRequest request) {
        return ((Accepted) requests.accept(request)).request();
    }

    /** Claims the oldest requests (this one among them) and records its final state. */
    private static void delivered(AcceptedRequests requests, AcceptedRequest request, State state) {
        requests.claim(10, Set.of());
        assertThat(requests.finish(request.sequence(), state, null, "{}")).isTrue();
    }

    private static List<String> ids(List<Claimed> claimed) {
        return claimed.stream().map(claim -> claim.request().requestId()).toList();
    }

    @OnBothDatabases
    void anAcceptedRequestIsPendingAndBelongsToItsClient(Databases.Opener database) {
        AcceptedRequests requests = requests(database);

        AcceptedRequest request = accepted(requests, change("20000000", "{\"customerReference\":\"x\"}"));

        AcceptedRequest found = requests.find("crm", request.requestId()).orElseThrow();
        assertThat(found.state()).isEqualTo(State.PENDING);
        assertThat(found.attempts()).isZero();
        assertThat(found.body()).isEqualTo("{\"customerReference\":\"x\"}");
        assertThat(found.documentNumber()).isEqualTo("20000000");
        assertThat(requests.find("other-crm", request.requestId())).isEmpty();
    }

    @OnBothDatabases
    void perDocumentOnlyTheOldestOpenRequestIsDeliveredAndDocumentsGoInParallel(Databases.Opener database) {
        AcceptedRequests requests = requests(database);
        AcceptedRequest first = accepted(requests, change("20000000", "1"));
        AcceptedRequest second = accepted(requests, change("20000000", "2"));
        AcceptedRequest other = accepted(requests, change("20000001", "3"));
        AcceptedRequest created = accepted(requests, create("CRM-1", "f"));

        List<Claimed> claimed = requests.claim(10, Set.of());

        assertThat(ids(claimed)).containsExactly(first.requestId(), other.requestId(), created.requestId());
        Set<Long> inFlight = new HashSet<>();
        claimed.forEach(claim -> inFlight.add(claim.request().sequence()));
        assertThat(requests.claim(10, inFlight)).as("the second waits behind the first").isEmpty();

        assertThat(requests.finish(first.sequence(), State.DONE, null, "{}")).isTrue();
        inFlight.remove(first.sequence());
        assertThat(ids(requests.claim(10, inFlight))).containsExactly(second.requestId());
    }

    @OnBothDatabases
    void aRejectedRequestLetsTheNextOfItsDocumentGo(Databases.Opener database) {
        AcceptedRequests requests = requests(database);
        AcceptedRequest first = accepted(requests, change("20000000", "1"));
        AcceptedRequest second = accepted(requests, change("20000000", "2"));

        delivered(requests, first, State.REJECTED);

        assertThat(ids(requests.claim(1, Set.of()))).containsExactly(second.requestId());
    }

    @OnBothDatabases
    void aPendingRequestWaitsForItsBackoffAndHoldsBackItsDocument(Databases.Opener database) {
        AcceptedRequests requests = requests(database);
        AcceptedRequest first = accepted(requests, change("20000000", "1"));
        accepted(requests, change("20000000", "2"));
        requests.claim(1, Set.of());

        assertThat(requests.retryLater(first.sequence(), Duration.ofHours(1), "SAP cannot be reached.")).isTrue();

        assertThat(requests.claim(10, Set.of())).isEmpty();
        AcceptedRequest waiting = requests.find("crm", first.requestId()).orElseThrow();
        assertThat(waiting.state()).isEqualTo(State.PENDING);
        assertThat(waiting.lastError()).isEqualTo("SAP cannot be reached.");
        assertThat(waiting.attempts()).isEqualTo(1);
    }

    @OnBothDatabases
    void aRequestLeftDeliveringByAProcessThatDiedIsTakenOver(Databases.Opener database) throws SQLException {
        Store store = open(database);
        AcceptedRequests requests = new AcceptedRequests(store);
        AcceptedRequest request = accepted(requests, change("20000000", "1"));
        requests.claim(1, Set.of());
        assertThat(requests.markChange(request.sequence(), "0000000007")).isTrue();
        assertThat(requests.claim(1, Set.of(request.sequence()))).as("delivering here").isEmpty();
        ownedBy(store, request, "gone");

        List<Claimed> claimed = requests.claim(1, Set.of());

        assertThat(claimed).hasSize(1);
        assertThat(claimed.get(0).takenOver()).isTrue();
        assertThat(claimed.get(0).request().attempts()).isEqualTo(2);
        assertThat(claimed.get(0).request().changeMark()).as("kept for the check in SAP").isEqualTo("0000000007");
        assertThat(claimed.get(0).request().owner()).isEqualTo(store.instanceId());
    }

    @OnBothDatabases
    void aDeliveryOfThisProcessThatEndedWithoutRecordingIsClaimedAgain(Databases.Opener database) {
        AcceptedRequests requests = requests(database);
        AcceptedRequest request = accepted(requests, change("20000000", "1"));
        requests.claim(1, Set.of());

        List<Claimed> claimed = requests.claim(1, Set.of());

        assertThat(ids(claimed)).containsExactly(request.requestId());
        assertThat(claimed.get(0).takenOver()).isTrue();
    }

    @OnBothDatabases
    void aCreateOfAnExternalIdThatWaitsIsNotStoredTwice(Databases.Opener database) {
        AcceptedRequests requests = requests(database);
        AcceptedRequest first = accepted(requests, create("CRM-2", "f1"));

        assertThat(requests.accept(create("CRM-2", "f1"))).isEqualTo(new Accepted(first, true));
        assertThat(requests.accept(create("CRM-2", "f2"))).isEqualTo(new Conflict(first));

        delivered(requests, first, State.DONE);
        Accepted again = (Accepted) requests.accept(create("CRM-2", "f2"));
        assertThat(again.earlier()).isFalse();
        assertThat(again.request().requestId()).isNotEqualTo(first.requestId());
    }

    @OnBothDatabases
    void finishedRequestsArePurgedAfterTheRetention(Databases.Opener database) {
        AcceptedRequests requests = requests(database);
        AcceptedRequest done = accepted(requests, change("20000000", "1"));
        AcceptedRequest open = accepted(requests, change("20000001", "2"));
        delivered(requests, done, State.DONE);

        assertThat(requests.purgeFinished(Duration.ofHours(1))).isZero();
        assertThat(requests.purgeFinished(Duration.ofMillis(-1))).isEqualTo(1);
        assertThat(requests.find("crm", done.requestId())).isEmpty();
        assertThat(requests.find("crm", open.requestId())).isPresent();
    }

    @Test
    void ofTwoProcessesOnOnePostgresqlExactlyOneDeliversEachRequest() throws Exception {
        String url = Databases.newPostgresDatabase();
        Store one = stores.openPostgres(url);
        Store two = stores.openPostgres(url);
        AcceptedRequests first = new AcceptedRequests(one);
        AcceptedRequests second = new AcceptedRequests(two);
        for (int i = 0; i < 40; i++) {
            accepted(i % 2 == 0 ? first : second, change(String.valueOf(20000000 + i % 20), "change " + i));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> delivered = new ArrayList<>();
        for (AcceptedRequests process : List.of(first, second)) {
            Callable<List<String>> deliverAll = () -> {
                start.await();
                List<String> ids = new ArrayList<>();
                for (int round = 0; round < 1_000 && ids.size() < 40; round++) {
                    List<Claimed> claimed = process.claim(3, Set.of());
                    for (Claimed claim : claimed) {
                        ids.add(claim.request().requestId());
                        assertThat(process.finish(claim.request().sequence(), State.DONE, null, "{}")).isTrue();
                    }
                    if (claimed.isEmpty() && remaining(one) == 0) {
                        break;
                    }
                }
                return ids;
            };
            delivered.add(threads.submit(deliverAll));
        }
        start.countDown();
        List<String> all = new ArrayList<>(delivered.get(0).get());
        all.addAll(delivered.get(1).get());
        threads.shutdown();

        assertThat(all).hasSize(40).doesNotHaveDuplicates();
    }

    private static long remaining(Store store) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
             var row = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM accepted_request WHERE state IN ('PENDING', 'DELIVERING')")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void ownedBy(Store store, AcceptedRequest request, String owner) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE accepted_request SET owner_instance = ? WHERE sequence_no = ?")) {
            update.setString(1, owner);
            update.setLong(2, request.sequence());
            update.executeUpdate();
        }
    }
}
