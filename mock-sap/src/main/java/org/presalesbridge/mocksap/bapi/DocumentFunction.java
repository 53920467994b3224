package org.presalesbridge.mocksap.bapi;

import org.presalesbridge.mocksap.sd.DocumentCategory;

/**
 * A create or change BAPI of one business object: inquiries and quotations share the shape and
 * differ in the name, the parameter prefix and the document category they accept.
 */
abstract class DocumentFunction implements FunctionModule {

    private final String name;
    protected final DocumentCategory category;
    protected final DocumentParameters parameters;

    DocumentFunction(String name, DocumentCategory category, DocumentParameters parameters) {
        this.name = name;
        this.category = category;
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return name;
    }
}
