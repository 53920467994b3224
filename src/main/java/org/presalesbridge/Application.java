package org.presalesbridge;

import org.apache.camel.main.Main;
import org.presalesbridge.config.EarlyWork;
import org.presalesbridge.config.PresalesBridgeConfiguration;

/** Starts the adapter: Camel Main with its settings, beans and the routes in {@code routes/}. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // the JSON mapper and the contract need no setting: made beside Camel Main's start-up
        EarlyWork.begin();
        Main main = new Main();
        main.configure().addConfiguration(PresalesBridgeConfiguration.class);
        try {
            main.run(args);
        } catch (Exception | LinkageError e) {
            // an operator reads why, in one sentence, not a stack trace of Camel's start-up
            System.err.println("Presales Bridge cannot start: " + reason(e));
            System.exit(1);
        }
    }

    /** The adapter's own explanation (the innermost IllegalStateException), else the root cause. */
    static String reason(Throwable failure) {
        String reason = null;
        Throwable cause = failure;
        Throwable root = failure;
        while (cause != null) {
            if (cause instanceof IllegalStateException && cause.getMessage() != null) {
                reason = cause.getMessage();
            }
            root = cause;
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return reason != null ? reason : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
