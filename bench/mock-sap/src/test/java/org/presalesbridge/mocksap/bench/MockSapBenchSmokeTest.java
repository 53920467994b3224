package org.presalesbridge.mocksap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark still runs (a few pairs each way, no warm-up); it says nothing about speed. */
class MockSapBenchSmokeTest {

    @Test
    void runsPairsInProcessAndThroughTheGateway() throws Exception {
        MockSapBench.Settings settings = MockSapBench.Settings.parse(
                new String[] {"--threads", "2", "--warmup", "0", "--rounds", "1", "--pairs", "20"});
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);

        List<MockSapBench.Result> results = MockSapBench.run(settings, out);
        MockSapBench.print(settings, results, out);

        assertThat(results).extracting(MockSapBench.Result::mode).containsExactly("in-process", "standalone");
        assertThat(results).allSatisfy(result -> {
            assertThat(result.pairs()).isEqualTo(20);
            assertThat(result.errors()).isZero();
        });
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("process boundary adds: p50");
    }
}
