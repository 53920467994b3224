package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.server.CommittedDocument;

/** Many sessions at once: unique numbers, no lost commit, a ledger that adds up. */
class ConcurrencyTest extends SdTestSupport {

    private static final int THREADS = 16;
    private static final int DOCUMENTS_PER_THREAD = 40;

    @Test
    void sixteenSessionsCreatingAndCommittingAtOnceGetUniqueNumbersAndLoseNothing() throws Exception {
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < DOCUMENTS_PER_THREAD; i++) {
                        numbers.add(createAndCommit(NewDocument.quotation().purchaseOrder("T" + thread + "-" + i)
                                .item("M-0" + (1 + i % 9), "1")));
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }

        int expected = THREADS * DOCUMENTS_PER_THREAD;
        assertThat(numbers).hasSize(expected);
        assertThat(admin.ledgerCounts().commits()).isEqualTo(expected);
        assertThat(admin.ledgerCounts().documentsCreated()).isEqualTo(expected);
        assertThat(admin.committedDocuments()).extracting(CommittedDocument::documentNumber)
                .containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(readTable("VBAK", List.of("VBELN")).table("DATA")).hasSize(expected);
        assertThat(numbers).allMatch(n -> n.compareTo("0020000000") >= 0 && n.compareTo("0020000640") < 0);
    }
}
