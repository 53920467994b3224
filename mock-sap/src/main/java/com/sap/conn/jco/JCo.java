package com.sap.conn.jco;

/** Library information. */
public abstract class JCo {
    private JCo() {
    }

    /** jco-mock says so in its version, so that start-up logs tell it apart from SAP's JCo. */
    public static String getVersion() {
        return "3.1.0 (jco-mock, Presales Bridge)";
    }
}
