package org.presalesbridge.document;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an item stands: open, rejected (lost) or completed by a subsequent document. */
public enum ItemStatus {
    OPEN("open"), REJECTED("rejected"), COMPLETED("completed");

    private final String json;

    ItemStatus(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
