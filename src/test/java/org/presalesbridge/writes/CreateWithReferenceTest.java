package org.presalesbridge.writes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;

/** A quotation with reference to an inquiry that has nothing left to copy, as a CRM meets it over HTTP. */
class CreateWithReferenceTest {

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running();

    @Test
    void aReferenceToAnInquiryWhoseItemsAreAllRejectedIsAnswered422AndLeavesNothingInSap() {
        String inquiry = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ-LOST")).json()
                .path("documentNumber").asText();
        adapter.patch("/api/v1/inquiries/" + inquiry, """
                {"items": [{"itemNumber": 10, "reasonForRejection": "02"}, {"itemNumber": 20, "reasonForRejection": "02"}]}
                """);

        Answer refused = adapter.post("/api/v1/quotations", Documents.quotationFor(inquiry, "CRM-Q-NONE"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:presales-bridge:problem:no-items-to-copy");
        assertThat(refused.json().path("detail").asText()).contains("Inquiry " + inquiry + " has no open items");
        assertThat(adapter.sap().calls()).noneMatch(c -> c.function().equals("BAPI_QUOTATION_CREATEFROMDATA2"));
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
        // the CRM's key is free again: the quotation with items of its own is created at once
        Answer created = adapter.post("/api/v1/quotations", Documents.quotation("CRM-Q-NONE"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(adapter.sap().calls()).noneMatch(c -> c.function().equals("RFC_READ_TABLE"));
    }
}
