package org.presalesbridge.mocksap.sd;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A change document: the header (CDHDR: OBJECTCLAS VERKBELEG, OBJECTID = VBELN, CHANGENR, USERNAME,
 * UDATE, UTIME, TCODE, CHANGE_IND) with its changed fields (CDPOS).
 */
public record ChangeDocument(String objectClass, String objectId, String changeNumber, String user, LocalDate date,
                             LocalTime time, String transactionCode, char changeIndicator,
                             List<ChangedField> fields) {

    public static final String SALES_DOCUMENT_CLASS = "VERKBELEG";

    /**
     * One changed field (CDPOS): table TABNAME, key TABKEY (client + key fields), field FNAME ("KEY"
     * for an inserted or deleted row), indicator CHNGIND (U, I, D), VALUE_NEW, VALUE_OLD.
     */
    public record ChangedField(String table, String key, String field, char indicator, String newValue,
                               String oldValue) {
    }
}
