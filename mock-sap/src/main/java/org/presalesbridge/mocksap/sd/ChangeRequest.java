package org.presalesbridge.mocksap.sd;

import java.util.List;

/**
 * What a change BAPI hands SD: the document number, the flagged header fields (null when the header
 * does not change), item, partner, schedule line and condition changes, texts to replace, and
 * whether it is a simulation (SIMULATION: check, save nothing).
 */
public record ChangeRequest(String documentNumber, HeaderData header, List<ItemInput> items,
                            List<PartnerChange> partners, List<ScheduleLineInput> scheduleLines,
                            List<ConditionInput> conditions, List<TextLine> texts, boolean simulation) {
}
