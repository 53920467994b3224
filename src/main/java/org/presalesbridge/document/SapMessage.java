package org.presalesbridge.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One RETURN row of SAP (BAPIRET2): type S, I, W, E or A, message class ({@code id}), number, text and,
 * where SAP names it, the field it concerns.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SapMessage(String type, String id, String number, String message, String field) {

    /** E (error) and A (abort) mean the call failed; S, I and W do not. */
    @JsonIgnore
    public boolean isError() {
        return "E".equals(type) || "A".equals(type);
    }

    /** The messages a CRM sees with a success: warnings and information. */
    @JsonIgnore
    public boolean isWarningOrInformation() {
        return "W".equals(type) || "I".equals(type);
    }
}
