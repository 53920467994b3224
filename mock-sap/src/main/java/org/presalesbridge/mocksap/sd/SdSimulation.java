package org.presalesbridge.mocksap.sd;

import java.util.List;

/**
 * A document checked and priced as it would be saved, and saved nowhere: the priced document (null when SD refused
 * it) and SD's messages (its errors, or its warnings).
 */
public record SdSimulation(SalesDocument document, List<SdMessage> messages) {

    public boolean failed() {
        return document == null;
    }
}
