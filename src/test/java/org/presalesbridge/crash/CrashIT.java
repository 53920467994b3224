package org.presalesbridge.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The crash test in its short form: 60 creates, retried by the client until a final answer, while the built adapter
 * is killed three times; 40 creates while mock-sap loses the answer of some commits; and 30 creates, each changed
 * afterwards while a clerk keeps the newest quotations open in SAP, through one kill. The full run is
 * {@code bench/crash-test} (README, "Guarantees").
 */
class CrashIT {

    @Test
    void noDocumentIsLostOrDuplicatedWhenTheAdapterIsKilled() throws Exception {
        CrashTest.Report report = run("--documents", "60", "--kills", "3", "--clients", "6", "--seed", "20261122");

        assertThat(report.kills()).isEqualTo(3);
        assertThat(report.answered()).isEqualTo(60);
        assertThat(report.createdInSap()).isEqualTo(60);
        assertThat(report.lost()).as(report.problems().toString()).isZero();
        assertThat(report.duplicated()).as(report.problems().toString()).isZero();
    }

    @Test
    void noDocumentIsLostOrDuplicatedWhenCommitAnswersAreLost() throws Exception {
        CrashTest.Report report = run("--documents", "40", "--kills", "0", "--clients", "4",
                "--fault", "after-commit", "--seed", "7");

        assertThat(report.createdInSap()).isEqualTo(40);
        assertThat(report.lost()).as(report.problems().toString()).isZero();
        assertThat(report.duplicated()).as(report.problems().toString()).isZero();
        assertThat(report.finalStatuses()).containsOnlyKeys(201);
    }

    @Test
    void noChangeIsLostWhenSapAnswersWithItsLockMessage() throws Exception {
        CrashTest.Report report = run("--documents", "30", "--kills", "1", "--clients", "4",
                "--fault", "lock", "--seed", "42");

        assertThat(report.createdInSap()).isEqualTo(30);
        assertThat(report.lost()).as(report.problems().toString()).isZero();
        assertThat(report.duplicated()).as(report.problems().toString()).isZero();
        assertThat(report.locksHeld()).as("the clerk opened quotations").isPositive();
        assertThat(report.changesSent()).isEqualTo(30);
        assertThat(report.changesLost()).as(report.problems().toString()).isZero();
    }

    private static CrashTest.Report run(String... args) throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
        CrashTest.Report report = CrashTest.run(CrashTest.Settings.parse(args), out);
        CrashTest.print(report, out);
        System.out.println(text.toString(StandardCharsets.UTF_8));
        return report;
    }
}
