package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.sd.SdState;

/** The whole document state leaves and comes back: what a restart of the standalone system needs. */
class PersistenceTest extends SdTestSupport {

    @Test
    void exportedStateComesBackAfterAResetAndNumbersGoOn() throws JCoException {
        String inquiry = createAndCommit(NewDocument.inquiry().item("M-01", "1"));
        String quotation = createAndCommit(NewDocument.quotation().reference(inquiry, "A"));
        changeAndCommit(DocumentChange.quotation(quotation).header("PURCH_NO_C", "KEPT"));
        SdState state = admin.exportState();

        admin.reset();
        assertThat(header(quotation)).isNull();
        admin.importState(state);

        assertThat(header(quotation)).containsEntry("PURCH_NO", "KEPT");
        assertThat(detail(quotation, "FLOW").table("ORDER_FLOWS_OUT")).hasSize(1);
        assertThat(readTable("CDHDR", List.of("OBJECTID")).table("DATA")).hasSize(1);
        assertThat(createAndCommit(NewDocument.quotation().item("M-01", "1"))).isEqualTo("0020000001");
    }
}
