package org.presalesbridge.sap.jco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.sap.conn.jco.JCoStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.Item;
import org.presalesbridge.document.ItemStatus;
import org.presalesbridge.document.SalesArea;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.mocksap.BapiCall;
import org.presalesbridge.sap.NoItemsToCopy;
import org.presalesbridge.sap.SapRejection;
import org.presalesbridge.translation.CodeTables;

/** What the JCo connector puts into SAP's BAPIs, seen as mock-sap receives each call over JCo. */
class JcoSapConnectorTest {

    private static final String CREATE = "BAPI_QUOTATION_CREATEFROMDATA2";

    @RegisterExtension
    static final RecordedConnector sap = RecordedConnector.on("CONNECTOR_TEST_SAP", CodeTables.standard());

    @Test
    void createsQuotationWithReferenceFromTheInquirysOpenItemsEachNamingTheItemItCopies() {
        String inquiry = inquiryOf(item("M-01", "5"), item("M-05", "2.5"), item("M-02", "1"));
        sap.admin().rejectItem("CLERK", DocumentToBapi.sapNumber(inquiry), "000020", "02");
        sap.clearCalls();

        SalesDocument quotation = sap.connector().create(quotationFor(inquiry, List.of()));

        BapiCall create = sap.calls(CREATE).get(0);
        assertThat(create.table("QUOTATION_ITEMS_IN"))
                .extracting(i -> i.get("MATERIAL"), i -> i.get("TARGET_QU"), i -> i.get("REF_DOC"),
                        i -> i.get("REF_DOC_IT"), i -> i.get("REF_DOC_CA"))
                .containsExactly(tuple("M-01", "ST", "0010000000", "000010", "A"),
                        tuple("M-02", "ST", "0010000000", "000030", "A"));
        assertThat(create.table("QUOTATION_ITEMS_IN")).extracting(i -> new BigDecimal(i.get("TARGET_QTY")))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("5"), new BigDecimal("1"));
        assertThat(create.table("QUOTATION_ITEMS_INX")).extracting(x -> x.get("REF_DOC_IT")).containsOnly("X");
        assertThat(quotation.referenceInquiry()).isEqualTo(inquiry);
        assertThat(quotation.items()).extracting(Item::material).containsExactly("M-01", "M-02");
        SalesDocument displayedInquiry = sap.connector().display(DocumentKind.INQUIRY, inquiry).orElseThrow();
        assertThat(displayedInquiry.documentFlow().quotations()).containsExactly(quotation.documentNumber());
        assertThat(displayedInquiry.items()).extracting(Item::status)
                .containsExactly(ItemStatus.COMPLETED, ItemStatus.REJECTED, ItemStatus.COMPLETED);
    }

    @Test
    void aQuotationWithItemsOfItsOwnKeepsThemAndReferencesTheInquiryInItsHeaderOnly() {
        String inquiry = inquiryOf(item("M-01", "5"));
        sap.clearCalls();

        SalesDocument quotation = sap.connector().create(quotationFor(inquiry, List.of(item("M-02", "3"))));

        BapiCall create = sap.calls(CREATE).get(0);
        JCoStructure header = create.function().getImportParameterList().getStructure("QUOTATION_HEADER_IN");
        assertThat(header.getString("REF_DOC")).isEqualTo("0010000000");
        assertThat(header.getString("REFDOC_CAT")).isEqualTo("A");
        assertThat(create.table("QUOTATION_ITEMS_IN")).extracting(i -> i.get("MATERIAL"), i -> i.get("REF_DOC_IT"))
                .containsExactly(tuple("M-02", "000000"));
        assertThat(quotation.items()).extracting(Item::material).containsExactly("M-02");
        assertThat(sap.calls(BapiToDocument.FUNCTION)).hasSize(1); // the display after the commit
    }

    @Test
    void aReferenceToAnInquiryWithoutOpenItemsCreatesNothing() {
        String inquiry = inquiryOf(item("M-01", "5"));
        sap.admin().rejectItem("CLERK", DocumentToBapi.sapNumber(inquiry), "000010", "02");
        sap.clearCalls();

        assertThatThrownBy(() -> sap.connector().create(quotationFor(inquiry, List.of())))
                .isInstanceOf(NoItemsToCopy.class).hasMessageContaining("Inquiry " + inquiry + " has no open items");

        assertThat(sap.calls(CREATE)).isEmpty();
        assertThat(sap.ledger().counts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void aReferenceToAnUnknownInquiryGetsSapsOwnAnswerAndCreatesNothing() {
        assertThatThrownBy(() -> sap.connector().create(quotationFor("10009999", List.of())))
                .isInstanceOfSatisfying(SapRejection.class, rejection -> assertThat(rejection.messages())
                        .anyMatch(m -> m.isError() && m.message().contains("10009999")));

        assertThat(sap.calls(CREATE)).singleElement()
                .satisfies(check -> assertThat(check.function().getImportParameterList().getString("TESTRUN"))
                        .isEqualTo("X"));
        assertThat(sap.ledger().counts().documentsCreated()).isZero();
    }

    @Test
    void simulatesAQuotationWithReferenceAtThePricesOfTheInquirysOpenItems() {
        String inquiry = inquiryOf(item("M-01", "5"), item("M-05", "2.5"), item("M-02", "1"));
        sap.admin().rejectItem("CLERK", DocumentToBapi.sapNumber(inquiry), "000020", "02");

        SalesDocument simulated = sap.connector().simulate(quotationFor(inquiry, List.of()));

        // SAP's list prices in 1000/10: M-01 1,890.00, M-02 3,450.00
        assertThat(simulated.items()).extracting(Item::material, Item::netValue)
                .containsExactly(tuple("M-01", new BigDecimal("9450.00")), tuple("M-02", new BigDecimal("3450.00")));
        assertThat(simulated.netValue()).isEqualByComparingTo("12900.00");
        assertThat(sap.ledger().counts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void findsADocumentByAnExternalIdOfApostrophesOnlyWhoseQuotedLiteralFillsAWholeWhereLine() {
        String apostrophes = "'".repeat(35);
        sap.connector().create(document(DocumentKind.INQUIRY, "'".repeat(34), null, null, null,
                List.of(item("M-01", "1"))));
        String number = sap.connector().create(document(DocumentKind.INQUIRY, apostrophes, null, null, null,
                List.of(item("M-01", "1")))).documentNumber();
        sap.clearCalls();

        assertThat(sap.connector().findByExternalId(DocumentKind.INQUIRY, apostrophes)).contains(number);

        BapiCall lookUp = sap.calls("RFC_READ_TABLE").get(0);
        assertThat(lookUp.table("OPTIONS")).extracting(line -> line.get("TEXT"))
                .containsExactly("VBTYP = 'A' AND", "BSTNK =", "'" + "''".repeat(35) + "'");
        assertThat(sap.connector().display(DocumentKind.INQUIRY, number).orElseThrow().externalId())
                .isEqualTo(apostrophes);
    }

    // ------------------------------------------------------------------ documents of mock-sap's master data

    private static String inquiryOf(Item... items) {
        return sap.connector().create(document(DocumentKind.INQUIRY, "CRM-INQ", null, null, null, List.of(items)))
                .documentNumber();
    }

    private static SalesDocument quotationFor(String inquiry, List<Item> items) {
        return document(DocumentKind.QUOTATION, "CRM-Q", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 3, 31),
                inquiry, items);
    }

    static SalesDocument document(DocumentKind kind, String externalId, LocalDate validFrom,
                                          LocalDate validTo, String referenceInquiry, List<Item> items) {
        return new SalesDocument(kind, null, null, externalId, new SalesArea("1000", "10", "00"), "1000", null,
                null, null, validFrom, validTo, null, referenceInquiry, null, null, items, null, List.of());
    }

    static Item item(String material, String quantity) {
        return item(material, quantity, "PCE");
    }

    static Item item(String material, String quantity, String unit) {
        return Item.requested(material, new BigDecimal(quantity), unit, null, null);
    }
}
