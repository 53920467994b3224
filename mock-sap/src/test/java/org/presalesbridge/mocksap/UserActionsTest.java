package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.server.UserActionResult;
import org.presalesbridge.mocksap.server.UserChange;

/** A person working in SAP changes what the integration created, and leaves change documents like RFC does. */
class UserActionsTest extends SdTestSupport {

    @Test
    void userChangesItemQuantityAsInVa22() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        UserActionResult result = admin.changeDocument("CLERK", number, UserChange.quantity("000010",
                new BigDecimal("5")));

        assertThat(result.saved()).isTrue();
        assertThat(new BigDecimal(detail(number, "ITEM").table("ORDER_ITEMS_OUT").get(0).get("REQ_QTY")))
                .isEqualByComparingTo("5");
        assertThat(rows(readTable("CDHDR", List.of("OBJECTID", "USERNAME", "TCODE"))))
                .containsExactly(List.of(number, "CLERK", "VA22"));
        assertThat(rows(readTable("CDPOS", List.of("FNAME", "VALUE_NEW"), "TABNAME = 'VBAP'")))
                .contains(List.of("KWMENG", "5.000"));
        assertThat(rows(readTable("CDPOS", List.of("FNAME", "VALUE_OLD"), "TABNAME = 'VBAP'")))
                .contains(List.of("KWMENG", "1.000"));
    }

    @Test
    void userExtendsTheValidity() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        admin.changeDocument("CLERK", number, UserChange.validTo(LocalDate.of(2032, 6, 30)));

        assertThat(rows(readTable("VBAK", List.of("BNDDT"), "VBELN = '" + number + "'")))
                .containsExactly(List.of("20320630"));
        assertThat(rows(readTable("CDPOS", List.of("FNAME", "VALUE_NEW"), "TABNAME = 'VBAK'")))
                .contains(List.of("BNDDT", "20320630"));
    }

    @Test
    void userRejectsItemWithReason() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        assertThat(admin.rejectItem("CLERK", number, "000010", "02").saved()).isTrue();

        assertThat(detail(number, "ITEM").table("ORDER_ITEMS_OUT").get(0)).containsEntry("REA_FOR_RE", "02");
        assertThat(detail(number, "STATUS_H").table("ORDER_STATUSHEADERS_OUT").get(0))
                .containsEntry("OVERALLREJ", "C");
        assertThat(rows(readTable("CDPOS", List.of("FNAME", "VALUE_NEW"), "TABNAME = 'VBAP'")))
                .contains(List.of("ABGRU", "02"));
    }

    @Test
    void userChangeMeetsTheLockOfAnRfcSession() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));
        JCoContext.begin(destination);
        try {
            DocumentChange.quotation(number).header("PURCH_NO_C", "RFC").execute(destination);

            UserActionResult result = admin.rejectItem("CLERK", number, "000010", "02");

            assertThat(result.saved()).isFalse();
            assertThat(result.messages().get(0).number()).isEqualTo("042");
        } finally {
            JCoContext.end(destination);
        }
    }

    @Test
    void userActionOnUnknownDocumentIsRefused() {
        UserActionResult result = admin.rejectItem("CLERK", "0020999999", "000010", "02");

        assertThat(result.saved()).isFalse();
        assertThat(result.messages().get(0).id() + " " + result.messages().get(0).number()).isEqualTo("V1 302");
    }

    @Test
    void resetGoesBackToMasterDataOnly() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        admin.reset();

        assertThat(header(number)).isNull();
        assertThat(admin.ledgerCounts().commits()).isZero();
        assertThat(createAndCommit(NewDocument.quotation().item("M-01", "1"))).isEqualTo(number);
    }
}
