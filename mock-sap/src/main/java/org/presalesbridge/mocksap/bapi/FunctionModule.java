package org.presalesbridge.mocksap.bapi;

import com.sap.conn.jco.AbapException;
import com.sap.conn.jco.JCoFunction;

import org.presalesbridge.mocksap.sd.SdSession;

/** A function module of the simulated system: reads the call's parameters, does its work in the session, writes its answers. */
public interface FunctionModule {

    String name();

    /** Runs the function in an ABAP session; a classic exception (RFC_READ_TABLE) comes as AbapException. */
    void execute(JCoFunction function, SdSession session) throws AbapException;
}
