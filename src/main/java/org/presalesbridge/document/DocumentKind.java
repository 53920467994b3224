package org.presalesbridge.document;

/** The two presales documents of SAP SD: they share one shape and differ where SAP makes them differ. */
public enum DocumentKind {
    /** Inquiry (VA11/VA12/VA13), SD document category A. */
    INQUIRY("inquiries", "inquiry"),
    /** Quotation (VA21/VA22/VA23), SD document category B: has a validity period and may reference an inquiry. */
    QUOTATION("quotations", "quotation");

    private final String collection;
    private final String label;

    DocumentKind(String collection, String label) {
        this.collection = collection;
        this.label = label;
    }

    /** The API's collection of this kind: {@code inquiries}, {@code quotations}. */
    public String collection() {
        return collection;
    }

    public String label() {
        return label;
    }
}
