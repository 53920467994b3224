package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;

/**
 * The adapter's store fails after SAP saved a create (recording the created document): the answer says that SAP
 * may have it, not that SAP was not called, and the create sent again finds the document in SAP.
 */
class StoreFailsAfterSapTest {

    private static final String EXTERNAL_ID = "CRM-STORE-FAILS";

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running();

    /** Refuses to record the test's document as created, as a full disk or a lost database connection would. */
    public static final class RefuseCreated implements Trigger {
        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            if (EXTERNAL_ID.equals(newRow[1]) && "CREATED".equals(newRow[2])) {
                throw new SQLException("no room left on the device (test)");
            }
        }
    }

    @AfterEach
    void storeWorksAgain() throws SQLException {
        sql("DROP TRIGGER IF EXISTS refuse_created");
    }

    @Test
    void aStoreFailureAfterSapSavedSaysSoAndTheCreateSentAgainFindsTheDocument() throws SQLException {
        sql("CREATE TRIGGER refuse_created BEFORE UPDATE ON document_key FOR EACH ROW CALL \""
                + RefuseCreated.class.getName() + "\"");

        Answer failed = adapter.post("/api/v1/quotations", Documents.quotation(EXTERNAL_ID));

        assertThat(failed.status()).as(failed.body()).isEqualTo(503);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.json().path("detail").asText()).contains("SAP may have saved it")
                .doesNotContain("did not send it to SAP");
        assertThat(failed.body()).doesNotContain("no room left").doesNotContain("SQLException");
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);

        storeWorksAgain();
        Answer again = adapter.post("/api/v1/quotations", Documents.quotation(EXTERNAL_ID));

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.replayed()).isTrue();
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).as("not created twice").isEqualTo(1);
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = adapter.store().dataSource().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
