package org.presalesbridge.sap.jco;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.sap.conn.jco.JCo;

/**
 * Finds out which JCo the adapter runs on, SAP's {@code sapjco3.jar} or jco-mock (mock-sap's stand-in), before
 * the first call, and says exactly what is missing when SAP's library or its native part cannot load. Refuses
 * both on one class path: jco-mock could shadow the real library.
 */
public final class JcoLibrary {

    private static final String JCO_CLASS = "com/sap/conn/jco/JCo.class";
    private static final String WHERE = "Put SAP's sapjco3.jar (keep that name) and its native library "
            + "(libsapjco3.so on Linux, sapjco3.dll on Windows) into the folder jco/ beside presales-bridge.jar "
            + "and start java with -Djava.library.path=jco";

    private final String description;
    private final boolean mock;

    private JcoLibrary(String description, boolean mock) {
        this.description = description;
        this.mock = mock;
    }

    /** The JCo on the class path; an {@link IllegalStateException} saying what is wrong when none can run. */
    public static JcoLibrary find() {
        List<URL> found = locations();
        if (found.isEmpty()) {
            throw new IllegalStateException("No JCo library is on the class path. " + WHERE
                    + ", or run the embedded default with presales-bridge-mock-sap.jar beside presales-bridge.jar.");
        }
        if (found.size() > 1) {
            throw new IllegalStateException("Two JCo libraries are on the class path: " + found
                    + ". SAP's sapjco3.jar and jco-mock (presales-bridge-mock-sap.jar) must not run together: "
                    + "remove presales-bridge-mock-sap.jar from a production installation.");
        }
        String version;
        try {
            version = JCo.getVersion();
        } catch (LinkageError e) {
            throw new IllegalStateException("SAP's JCo (" + found.get(0) + ") is on the class path but cannot load: "
                    + rootMessage(e) + ". " + WHERE + " (java.library.path is now "
                    + System.getProperty("java.library.path") + ").", e);
        }
        boolean mock = version.contains("jco-mock");
        String description = (mock ? "jco-mock " : "SAP JCo ") + version + " from " + found.get(0);
        return new JcoLibrary(description, mock);
    }

    public boolean isMock() {
        return mock;
    }

    public String description() {
        return description;
    }

    private static List<URL> locations() {
        try {
            return new ArrayList<>(Collections.list(JcoLibrary.class.getClassLoader().getResources(JCO_CLASS)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot search the class path for JCo", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
