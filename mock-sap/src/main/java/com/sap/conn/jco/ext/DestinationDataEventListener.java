package com.sap.conn.jco.ext;

/** Told by a DestinationDataProvider when a destination's properties change or vanish. */
public interface DestinationDataEventListener {
    void deleted(String destinationName);

    void updated(String destinationName);
}
