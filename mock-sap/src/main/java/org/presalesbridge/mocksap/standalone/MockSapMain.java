package org.presalesbridge.mocksap.standalone;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts mock-sap as a process of its own: {@code java -jar target/presales-bridge-mock-sap.jar
 * [--sysnr 00] [--admin-port 8099] [--data-dir DIR] ...} (see {@link MockSapOptions#usage()}). Runs
 * until SIGTERM or Ctrl-C, then stops cleanly: open sessions roll back, the data directory closes.
 */
public final class MockSapMain {

    private MockSapMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(MockSapOptions.usage());
            return;
        }
        MockSapOptions options;
        try {
            options = MockSapOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("mock-sap: " + e.getMessage());
            System.err.print(MockSapOptions.usage());
            System.exit(2);
            return;
        }
        StandaloneSap sap;
        try {
            sap = StandaloneSap.start(options, System.out);
        } catch (IOException | RuntimeException e) {
            System.err.println("mock-sap: could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sap.close();
            System.out.println("mock-sap: stopped");
            stopped.countDown();
        }, "mock-sap-shutdown"));
        stopped.await();
    }
}
