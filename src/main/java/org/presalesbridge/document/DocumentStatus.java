package org.presalesbridge.document;

import com.fasterxml.jackson.annotation.JsonValue;

/** The overall processing status of a document (SAP's GBSTK): nothing, some or all of it done. */
public enum DocumentStatus {
    OPEN("open"), IN_PROCESS("inProcess"), COMPLETED("completed");

    private final String json;

    DocumentStatus(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
