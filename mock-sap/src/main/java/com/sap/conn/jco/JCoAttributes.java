package com.sap.conn.jco;

/** What the partner system says about itself and the logon. */
public interface JCoAttributes extends java.io.Serializable {
    String getDestination();

    String getHost();

    String getPartnerHost();

    String getSystemID();

    String getSystemNumber();

    String getClient();

    String getUser();

    String getLanguage();

    String getPartnerRelease();

    String getKernelRelease();
}
