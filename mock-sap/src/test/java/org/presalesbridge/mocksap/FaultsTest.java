package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.server.CallRecord;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.server.FaultSettings.ErrorFault;
import org.presalesbridge.mocksap.server.FaultSettings.ErrorMode;
import org.presalesbridge.mocksap.server.FaultSettings.Failure;

/** Switchable faults: off by default, on at run time, as an integration meets them. */
class FaultsTest extends SdTestSupport {

    private static final String CREATE = "BAPI_QUOTATION_CREATEFROMDATA2";
    private static final String COMMIT = "BAPI_TRANSACTION_COMMIT";

    @AfterEach
    void faultsOff() {
        admin.setFaults(FaultSettings.NONE);
    }

    private static int group(Throwable e) {
        return ((JCoException) e).getGroup();
    }

    @Test
    void faultsAreOffByDefault() {
        assertThat(admin.faults()).isEqualTo(FaultSettings.NONE);
    }

    @Test
    void errorFaultDumpsAsSystemFailure() throws JCoException {
        admin.setFaults(FaultSettings.NONE.withError(CREATE, new ErrorFault(1, ErrorMode.SYSTEM_FAILURE, 0)));

        assertThatThrownBy(() -> NewDocument.quotation().item("M-01", "1").execute(destination))
                .isInstanceOf(JCoException.class)
                .satisfies(e -> assertThat(group(e)).isEqualTo(JCoException.JCO_ERROR_SYSTEM_FAILURE));
        assertThat(admin.calls()).extracting(CallRecord::function, CallRecord::outcome)
                .contains(tuple(CREATE, CallRecord.Outcome.SYSTEM_FAILURE));
    }

    @Test
    void errorFaultAsAbortMessageAnswersReturnTypeAAndSavesNothing() throws JCoException {
        admin.setFaults(FaultSettings.NONE.withError(CREATE, new ErrorFault(1, ErrorMode.ABORT_MESSAGE, 0)));
        JCoContext.begin(destination);
        try {
            BapiCall call = NewDocument.quotation().item("M-01", "1").execute(destination);
            commit(destination);

            assertThat(call.messages()).extracting(BapiCall.Message::type).containsExactly("A");
            assertThat(call.export("SALESDOCUMENT")).isEmpty();
        } finally {
            JCoContext.end(destination);
        }
        assertThat(admin.ledgerCounts().documentsCreated()).isZero();
    }

    @Test
    void abortedCommitAnswersTypeAInItsReturnStructureAndCommitsNothing() throws JCoException {
        String number;
        JCoContext.begin(destination);
        try {
            number = NewDocument.quotation().item("M-01", "1").execute(destination).export("SALESDOCUMENT");
            admin.setFaults(FaultSettings.NONE.withError(COMMIT, new ErrorFault(1, ErrorMode.ABORT_MESSAGE, 1)));

            assertThat(commit(destination).exportStructure("RETURN")).containsEntry("TYPE", "A");
        } finally {
            JCoContext.end(destination);
        }
        assertThat(header(number)).isNull();
        assertThat(admin.calls()).extracting(CallRecord::function, CallRecord::outcome)
                .contains(tuple(COMMIT, CallRecord.Outcome.ERROR_MESSAGE));
    }

    @Test
    void errorFaultHitsOnlyAsOftenAsAsked() throws JCoException {
        admin.setFaults(FaultSettings.NONE.withError(CREATE, new ErrorFault(1, ErrorMode.SYSTEM_FAILURE, 2)));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> NewDocument.quotation().item("M-01", "1").execute(destination))
                    .isInstanceOf(JCoException.class);
        }
        assertThat(createAndCommit(NewDocument.quotation().item("M-01", "1"))).isEqualTo("0020000000");
    }

    @Test
    void communicationFailureBeforeTheCommitLosesTheUncommittedDocument() throws JCoException {
        String number;
        JCoContext.begin(destination);
        try {
            number = NewDocument.quotation().item("M-01", "1").execute(destination).export("SALESDOCUMENT");
            admin.setFaults(FaultSettings.NONE.withCommunicationFailure(new Failure(COMMIT, 1, 1)));

            assertThatThrownBy(() -> commit(destination)).isInstanceOf(JCoException.class)
                    .satisfies(e -> assertThat(group(e)).isEqualTo(JCoException.JCO_ERROR_COMMUNICATION));
        } finally {
            JCoContext.end(destination);
        }
        assertThat(header(number)).isNull();
        assertThat(admin.ledgerCounts().commits()).isZero();
        assertThat(admin.calls()).extracting(CallRecord::function, CallRecord::outcome)
                .contains(tuple(COMMIT, CallRecord.Outcome.COMMUNICATION_FAILURE));
    }

    @Test
    void commitWhoseAnswerIsLostIsDurableButTheCallerCannotTell() throws JCoException {
        NewDocument quotation = NewDocument.quotation().purchaseOrder("CRM-IN-DOUBT").item("M-01", "1");
        String number;
        JCoContext.begin(destination);
        try {
            number = quotation.execute(destination).export("SALESDOCUMENT");
            admin.setFaults(FaultSettings.NONE.withCommitAnswerLost(new Failure(COMMIT, 1, 1)));

            assertThatThrownBy(() -> commit(destination)).isInstanceOf(JCoException.class)
                    .satisfies(e -> assertThat(group(e)).isEqualTo(JCoException.JCO_ERROR_COMMUNICATION));
        } finally {
            JCoContext.end(destination);
        }
        assertThat(header(number)).containsEntry("PURCH_NO", "CRM-IN-DOUBT");
        assertThat(admin.committedDocuments()).extracting(d -> d.documentNumber()).containsExactly(number);
        assertThat(admin.calls()).filteredOn(c -> c.function().equals(COMMIT)).extracting(CallRecord::outcome)
                .containsExactly(CallRecord.Outcome.ANSWER_LOST);
    }

    @Test
    void sapDownFailsEveryCallAndLogonUntilItIsUpAgain() throws JCoException {
        ping(destination);
        admin.setFaults(FaultSettings.NONE.withSapDown(true));

        assertThatThrownBy(() -> ping(destination)).isInstanceOf(JCoException.class)
                .satisfies(e -> assertThat(group(e)).isEqualTo(JCoException.JCO_ERROR_COMMUNICATION));
        assertThatThrownBy(() -> ping(sap.unpooledDestination())).isInstanceOf(JCoException.class)
                .satisfies(e -> assertThat(group(e)).isEqualTo(JCoException.JCO_ERROR_COMMUNICATION));

        admin.setFaults(FaultSettings.NONE);
        ping(destination);
        ping(sap.unpooledDestination());
    }

    @Test
    void everyCallIsInTheLedgerWithItsSession() throws JCoException {
        createAndCommit(NewDocument.quotation().item("M-01", "1"));

        List<CallRecord> calls = admin.calls();
        assertThat(calls).extracting(CallRecord::function).containsExactly(CREATE, COMMIT);
        assertThat(calls.get(0).sessionId()).isEqualTo(calls.get(1).sessionId()).isNotEmpty();
        assertThat(calls).extracting(CallRecord::outcome).containsOnly(CallRecord.Outcome.OK);
    }
}
