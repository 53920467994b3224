package org.presalesbridge.sap;

import java.util.List;

import org.presalesbridge.document.SapMessage;

/** SAP refused the request: a RETURN row of type E or A. Nothing was saved. */
public final class SapRejection extends RuntimeException {

    private final transient List<SapMessage> messages;

    public SapRejection(List<SapMessage> messages) {
        super("SAP rejected the request: " + messages.stream().filter(SapMessage::isError)
                .map(m -> m.id() + " " + m.number() + " " + m.message()).toList());
        this.messages = List.copyOf(messages);
    }

    public List<SapMessage> messages() {
        return messages;
    }
}
