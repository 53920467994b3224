package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.sap.conn.jco.AbapException;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC_READ_TABLE over VBAK, VBAP, CDHDR, VBFA, with SAP's options and exceptions. */
class ReadTableTest extends SdTestSupport {

    private String first;
    private String second;
    private String inquiry;

    @BeforeEach
    void threeDocuments() throws JCoException {
        first = createAndCommit(NewDocument.quotation().purchaseOrder("PO-A").item("M-01", "1"));
        second = createAndCommit(NewDocument.quotation().purchaseOrder("PO-B").item("M-02", "2").item("M-03", "1"));
        inquiry = createAndCommit(NewDocument.inquiry().purchaseOrder("PO-C").item("M-04", "1"));
    }

    @Test
    void readsSelectedFieldsWithOptionsAndDescribesThem() throws JCoException {
        BapiCall call = readTable("VBAK", List.of("VBELN", "AUART", "NETWR"), "AUART = 'AG'");

        assertThat(rows(call)).containsExactly(List.of(first, "AG", "1890.00"), List.of(second, "AG", "8140.00"));
        List<Map<String, String>> fields = call.table("FIELDS");
        assertThat(fields).extracting(f -> f.get("FIELDNAME"), f -> f.get("OFFSET"), f -> f.get("LENGTH"),
                        f -> f.get("TYPE"))
                .containsExactly(tuple("VBELN", "000000", "000010", "C"),
                        tuple("AUART", "000011", "000004", "C"),
                        tuple("NETWR", "000016", "000021", "P"));
    }

    @Test
    void combinesConditionsWithAndOrAcrossOptionLines() throws JCoException {
        BapiCall call = readTable("VBAK", List.of("VBELN"), "BSTNK EQ 'PO-A'", "OR BSTNK EQ 'PO-C'",
                "AND VBTYP <> 'X'");

        assertThat(rows(call)).containsExactlyInAnyOrder(List.of(first), List.of(inquiry));
    }

    @Test
    void comparesPackedFieldsAsNumbers() throws JCoException {
        assertThat(rows(readTable("VBAK", List.of("VBELN"), "NETWR > 5000"))).containsExactly(List.of(second));
        assertThat(rows(readTable("VBAP", List.of("VBELN", "POSNR"), "KWMENG >= 2")))
                .containsExactly(List.of(second, "000010"));
    }

    @Test
    void documentNumberMustBeComparedInItsInternalFormat() throws JCoException {
        assertThat(rows(readTable("VBAK", List.of("VBELN"), "VBELN = '20000000'"))).isEmpty();
        assertThat(rows(readTable("VBAK", List.of("VBELN"), "VBELN = '0020000000'"))).containsExactly(List.of(first));
    }

    @Test
    void skipsAndCountsRowsInKeyOrder() throws JCoException {
        BapiCall call = BapiCall.of(destination, "RFC_READ_TABLE").set("QUERY_TABLE", "VBAK")
                .set("ROWSKIPS", 1).set("ROWCOUNT", 1).row("FIELDS", "FIELDNAME", "VBELN").execute(destination);

        // key order: the inquiry 0010000000 comes first
        assertThat(call.table("DATA")).extracting(r -> r.get("WA").strip()).containsExactly(first);
    }

    @Test
    void readsItemsOfOneDocument() throws JCoException {
        assertThat(rows(readTable("VBAP", List.of("POSNR", "MATNR", "KWMENG"), "VBELN = '" + second + "'")))
                .containsExactly(List.of("000010", "M-02", "2.000"), List.of("000020", "M-03", "1.000"));
    }

    @Test
    void readsChangeDocumentHeadersSinceADate() throws JCoException {
        changeAndCommit(DocumentChange.quotation(first).header("PURCH_NO_C", "PO-A2"));
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);

        BapiCall call = readTable("CDHDR", List.of("OBJECTID", "UDATE"), "OBJECTCLAS = 'VERKBELEG'",
                "AND UDATE >= '" + today + "'");

        assertThat(rows(call)).containsExactly(List.of(first, today));
    }

    @Test
    void unknownTableRaisesTableNotAvailable() {
        assertThatThrownBy(() -> readTable("ZZMISSING", List.of()))
                .isInstanceOfSatisfying(AbapException.class,
                        e -> assertThat(e.getKey()).isEqualTo("TABLE_NOT_AVAILABLE"));
    }

    @Test
    void unknownFieldRaisesFieldNotValid() {
        assertThatThrownBy(() -> readTable("VBAK", List.of("VBELN", "NOSUCHFIELD")))
                .isInstanceOfSatisfying(AbapException.class, e -> assertThat(e.getKey()).isEqualTo("FIELD_NOT_VALID"));
    }

    @Test
    void brokenWhereClauseRaisesOptionNotValid() {
        assertThatThrownBy(() -> readTable("VBAK", List.of("VBELN"), "VBELN = "))
                .isInstanceOfSatisfying(AbapException.class, e -> assertThat(e.getKey()).isEqualTo("OPTION_NOT_VALID"));
        assertThatThrownBy(() -> readTable("VBAK", List.of("VBELN"), "NOSUCHFIELD = 'X'"))
                .isInstanceOfSatisfying(AbapException.class, e -> assertThat(e.getKey()).isEqualTo("OPTION_NOT_VALID"));
    }

    @Test
    void rowWiderThan512CharactersRaisesDataBufferExceeded() {
        assertThatThrownBy(() -> readTable("CDPOS", List.of("FNAME", "VALUE_NEW", "VALUE_OLD")))
                .isInstanceOfSatisfying(AbapException.class,
                        e -> assertThat(e.getKey()).isEqualTo("DATA_BUFFER_EXCEEDED"));
    }

    @Test
    void allFieldsWhenNoneAreNamedAsLongAsTheyFit() throws JCoException {
        BapiCall call = readTable("VBAK", List.of(), "VBELN = '" + first + "'");

        assertThat(call.table("FIELDS")).extracting(f -> f.get("FIELDNAME")).contains("VBELN", "BSTNK", "KUNNR");
        assertThat(call.table("DATA")).hasSize(1);
    }
}
