package org.presalesbridge.mocksap.sd;

import java.util.List;

/** The answer of SD to a create or change: the document number (blank when nothing was saved) and the messages. */
public record SdResult(String documentNumber, List<SdMessage> messages) {

    public boolean failed() {
        return messages.stream().anyMatch(SdMessage::isError);
    }
}
