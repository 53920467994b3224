package org.presalesbridge;

import org.apache.camel.main.Main;
import org.presalesbridge.config.PresalesBridgeConfiguration;

/** Starts the adapter: Camel Main with its settings, beans and the routes in {@code routes/}. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.configure().addConfiguration(PresalesBridgeConfiguration.class);
        main.run(args);
    }
}
