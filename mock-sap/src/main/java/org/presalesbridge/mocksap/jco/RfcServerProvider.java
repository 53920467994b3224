package org.presalesbridge.mocksap.jco;

import java.util.Properties;

/** Creates in-process SAP systems; found through {@link java.util.ServiceLoader}. */
public interface RfcServerProvider {
    RfcServer create(String instanceName, Properties destinationProperties);
}
