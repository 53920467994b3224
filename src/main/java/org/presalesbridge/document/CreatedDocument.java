package org.presalesbridge.document;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a create tells without displaying the document afterwards: SAP's number for it, the CRM's id and SAP's
 * warnings and information messages. The answer to a CRM that asks for a minimal one ({@code Prefer: return=minimal}).
 */
public record CreatedDocument(@JsonIgnore DocumentKind kind, String documentNumber, String externalId,
                              List<SapMessage> messages) {
}
