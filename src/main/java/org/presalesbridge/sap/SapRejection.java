package org.presalesbridge.sap;

import java.util.List;

import org.presalesbridge.document.SapMessage;

/**
 * SAP refused the request: a RETURN row of type E or A. Nothing was saved. {@link #locked()}: the refusal was SAP's
 * lock message (someone has the document open) through every attempt; the same request may succeed later.
 */
public final class SapRejection extends RuntimeException {

    private final transient List<SapMessage> messages;
    private final boolean locked;

    public SapRejection(List<SapMessage> messages) {
        this(messages, false);
    }

    private SapRejection(List<SapMessage> messages, boolean locked) {
        super("SAP rejected the request: " + messages.stream().filter(SapMessage::isError)
                .map(m -> m.id() + " " + m.number() + " " + m.message()).toList());
        this.messages = List.copyOf(messages);
        this.locked = locked;
    }

    /** The same rejection, known to be SAP's lock message that stayed through the bounded attempts. */
    public SapRejection stillLocked() {
        return new SapRejection(messages, true);
    }

    public List<SapMessage> messages() {
        return messages;
    }

    public boolean locked() {
        return locked;
    }
}
