package org.presalesbridge.sap;

/**
 * A quotation with reference to an inquiry and no items of its own copies the inquiry's open items, and there are
 * none: SAP has no such inquiry, or each of its items is rejected or completed by a subsequent document. Nothing
 * was saved.
 */
public final class NoItemsToCopy extends RuntimeException {

    public NoItemsToCopy(String inquiry, boolean inquiryExists) {
        super(inquiryExists
                ? "Inquiry " + inquiry + " has no open items to copy: each is rejected or completed by a subsequent "
                        + "document."
                : "SAP has no inquiry " + inquiry + " to copy items from.");
    }
}
