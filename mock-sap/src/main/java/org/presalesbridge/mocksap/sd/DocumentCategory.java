package org.presalesbridge.mocksap.sd;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SD document categories (VBTYP) mock-sap knows, with the transactions a user creates and
 * changes them in (written as TCODE into change documents).
 */
public enum DocumentCategory {
    INQUIRY('A', "Inquiry", "VA11", "VA12"),
    QUOTATION('B', "Quotation", "VA21", "VA22"),
    ORDER('C', "Order", "VA01", "VA02");

    private final char code;
    private final String text;
    private final String createTransaction;
    private final String changeTransaction;

    DocumentCategory(char code, String text, String createTransaction, String changeTransaction) {
        this.code = code;
        this.text = text;
        this.createTransaction = createTransaction;
        this.changeTransaction = changeTransaction;
    }

    public char code() {
        return code;
    }

    public String text() {
        return text;
    }

    public String createTransaction() {
        return createTransaction;
    }

    public String changeTransaction() {
        return changeTransaction;
    }

    public static Optional<DocumentCategory> of(char code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }
}
