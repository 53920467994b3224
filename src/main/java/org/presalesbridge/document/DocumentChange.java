package org.presalesbridge.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What a CRM changes in an existing inquiry or quotation: the header fields it sends (absent = unchanged) and
 * item changes. Validity applies to quotations only.
 */
public record DocumentChange(String customerReference, LocalDate requestedDeliveryDate, String shipTo,
                             LocalDate validFrom, LocalDate validTo, List<ItemChange> items) {

    public List<ItemChange> itemChanges() {
        return items == null ? List.of() : items;
    }

    /**
     * Checks the change against the document as SAP has it, before it is sent: a quotation's validity must not end
     * before it begins, also when the change sends one end only and SAP has the other. A change that sends both is
     * checked on its own, with the request.
     *
     * @throws InvalidChange when the change sends one end and it does not fit the other
     */
    public void checkAgainst(SalesDocument current) {
        if (validTo != null && validFrom == null && current.validFrom() != null
                && validTo.isBefore(current.validFrom())) {
            throw new InvalidChange("validTo", "notBeforeValidFrom", "validTo " + validTo + " lies before validFrom "
                    + current.validFrom() + ", which the " + current.kind().label() + " has in SAP");
        }
        if (validFrom != null && validTo == null && current.validTo() != null
                && validFrom.isAfter(current.validTo())) {
            throw new InvalidChange("validFrom", "notAfterValidTo", "validFrom " + validFrom + " lies after validTo "
                    + current.validTo() + ", which the " + current.kind().label() + " has in SAP");
        }
    }
}
