package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.Test;

/** The LUW: a session's work is its own until BAPI_TRANSACTION_COMMIT in that session. */
class LuwTest extends SdTestSupport {

    @Test
    void documentIsVisibleOnlyToItsSessionUntilCommit() throws JCoException {
        JCoDestination other = sap.secondDestination();
        JCoContext.begin(destination);
        try {
            String number = NewDocument.quotation().item("M-01", "1").execute(destination).export("SALESDOCUMENT");

            assertThat(header(number)).isNotNull();
            assertThat(detail(other, number, "HEADER").table("ORDER_HEADERS_OUT")).isEmpty();
            assertThat(readTable("VBAK", java.util.List.of("VBELN")).table("DATA")).isEmpty();

            commit(destination);

            assertThat(detail(other, number, "HEADER").table("ORDER_HEADERS_OUT")).hasSize(1);
        } finally {
            JCoContext.end(destination);
        }
    }

    @Test
    void changeIsVisibleToOthersOnlyAfterCommit() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().purchaseOrder("BEFORE").item("M-01", "1"));
        JCoDestination other = sap.secondDestination();
        JCoContext.begin(destination);
        try {
            DocumentChange.quotation(number).header("PURCH_NO_C", "AFTER").execute(destination);

            assertThat(header(number)).containsEntry("PURCH_NO", "AFTER");
            assertThat(detail(other, number, "HEADER").table("ORDER_HEADERS_OUT").get(0))
                    .containsEntry("PURCH_NO", "BEFORE");
            commit(destination);
        } finally {
            JCoContext.end(destination);
        }
        assertThat(detail(other, number, "HEADER").table("ORDER_HEADERS_OUT").get(0))
                .containsEntry("PURCH_NO", "AFTER");
    }

    @Test
    void rollbackDiscardsTheDocumentButNotItsNumber() throws JCoException {
        String discarded;
        JCoContext.begin(destination);
        try {
            discarded = NewDocument.quotation().item("M-01", "1").execute(destination).export("SALESDOCUMENT");
            rollback(destination);
            commit(destination);
        } finally {
            JCoContext.end(destination);
        }

        assertThat(header(discarded)).isNull();
        assertThat(createAndCommit(NewDocument.quotation().item("M-01", "1"))).isEqualTo("0020000001");
        assertThat(admin.ledgerCounts().commits()).isEqualTo(1);
    }

    @Test
    void sessionEndingWithoutCommitDiscardsItsWork() throws JCoException {
        String number;
        JCoContext.begin(destination);
        try {
            number = NewDocument.quotation().item("M-01", "1").execute(destination).export("SALESDOCUMENT");
        } finally {
            JCoContext.end(destination);
        }

        assertThat(number).isNotEmpty();
        assertThat(header(number)).isNull();
        assertThat(admin.ledgerCounts().commits()).isZero();
    }

    @Test
    void commitOutsideTheSessionContextCommitsNothing() throws JCoException {
        String number = NewDocument.quotation().item("M-01", "1").execute(destination).export("SALESDOCUMENT");
        commit(destination);

        assertThat(number).isNotEmpty();
        assertThat(header(number)).isNull();
        assertThat(admin.committedDocuments()).isEmpty();
    }
}
