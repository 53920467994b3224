package org.presalesbridge.mocksap.sd;

import java.util.List;

/**
 * What a create BAPI hands SD: header, items, partners, schedule lines, conditions, texts, an
 * external number (SALESDOCUMENTIN) and whether it is a test run (TESTRUN: check and price, save nothing).
 */
public record CreateRequest(HeaderData header, List<ItemInput> items, List<Partner> partners,
                            List<ScheduleLineInput> scheduleLines, List<ConditionInput> conditions,
                            List<TextLine> texts, String externalNumber, boolean testRun) {
}
