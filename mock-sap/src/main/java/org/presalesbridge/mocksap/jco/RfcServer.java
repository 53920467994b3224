package org.presalesbridge.mocksap.jco;

import java.util.Properties;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunctionTemplate;

/** The server side of an SAP system as jco-mock sees it: in the same JVM or behind the gateway. */
public interface RfcServer {
    /** Opens one ABAP session (one RFC connection), logging on with the destination's properties. */
    RfcServerSession logon(Properties logon) throws JCoException;

    /** The interface of a function module from the system's dictionary; null when it does not exist. */
    JCoFunctionTemplate functionTemplate(String name) throws JCoException;
}
