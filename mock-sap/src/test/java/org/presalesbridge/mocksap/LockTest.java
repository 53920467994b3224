package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.server.UserActionResult;

/** A document being changed in an open session is locked: others get V1 042 (E) until that session ends its LUW. */
class LockTest extends SdTestSupport {

    private static List<BapiCall.Message> changeIn(JCoDestination session, String number, String purchaseOrder)
            throws JCoException {
        return DocumentChange.quotation(number).header("PURCH_NO_C", purchaseOrder).execute(session).messages();
    }

    @Test
    void secondSessionGetsTheLockMessageUntilTheFirstCommits() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));
        JCoDestination other = sap.secondDestination();
        JCoContext.begin(destination);
        try {
            assertThat(changeIn(destination, number, "FIRST")).noneMatch(BapiCall.Message::isError);

            List<BapiCall.Message> blocked = changeIn(other, number, "SECOND");

            assertThat(blocked.get(0).code()).isEqualTo("E V1 042");
            assertThat(blocked.get(0).text()).isEqualTo("20000000 is currently being processed by "
                    + MockSapTestSystem.USER);
            assertThat(blocked.get(1).code()).isEqualTo("E V4 219");
            commit(destination);
        } finally {
            JCoContext.end(destination);
        }
        assertThat(changeIn(other, number, "SECOND")).noneMatch(BapiCall.Message::isError);
    }

    @Test
    void lockEndsWithRollback() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));
        JCoDestination other = sap.secondDestination();
        JCoContext.begin(destination);
        try {
            changeIn(destination, number, "FIRST");
            assertThat(changeIn(other, number, "SECOND").get(0).code()).isEqualTo("E V1 042");

            rollback(destination);

            assertThat(changeIn(other, number, "SECOND")).noneMatch(BapiCall.Message::isError);
        } finally {
            JCoContext.end(destination);
        }
    }

    @Test
    void lockEndsWithTheSession() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));
        JCoContext.begin(destination);
        try {
            changeIn(destination, number, "FIRST");
        } finally {
            JCoContext.end(destination);
        }

        assertThat(changeIn(sap.secondDestination(), number, "SECOND")).noneMatch(BapiCall.Message::isError);
    }

    @Test
    void userHoldingTheQuotationOpenLocksItUntilLeaving() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));
        UserActionResult open = admin.holdOpen("CLERK", number);
        assertThat(open.saved()).isTrue();

        List<BapiCall.Message> blocked = changeIn(destination, number, "RFC");

        assertThat(blocked.get(0).code()).isEqualTo("E V1 042");
        assertThat(blocked.get(0).text()).isEqualTo("20000000 is currently being processed by CLERK");
        admin.release("CLERK", number);
        assertThat(changeIn(destination, number, "RFC")).noneMatch(BapiCall.Message::isError);
    }

    @Test
    void userCannotOpenAQuotationAnRfcSessionIsChanging() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));
        JCoContext.begin(destination);
        try {
            changeIn(destination, number, "RFC");

            UserActionResult open = admin.holdOpen("CLERK", number);

            assertThat(open.saved()).isFalse();
            assertThat(open.messages().get(0).id() + " " + open.messages().get(0).number()).isEqualTo("V1 042");
        } finally {
            JCoContext.end(destination);
        }
    }
}
