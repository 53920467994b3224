package org.presalesbridge.mocksap.bapi;

import java.util.List;

import com.sap.conn.jco.JCoMetaData;

import org.presalesbridge.mocksap.ddic.FunctionInterface;
import org.presalesbridge.mocksap.ddic.Structure;
import org.presalesbridge.mocksap.jco.FunctionTemplateImpl;
import org.presalesbridge.mocksap.jco.RecordMeta;

/**
 * SAP's interfaces of the function modules mock-sap offers, with SAP's parameter, structure and field
 * names, types and lengths. Each structure carries the fields an SD presales integration uses, in
 * SAP's order; SAP's own structures have more.
 */
final class SdDictionary {

    private SdDictionary() {
    }

    // ---- messages

    static final RecordMeta BAPIRET2 = Structure.named("BAPIRET2")
            .chars("TYPE", 1).chars("ID", 20).numc("NUMBER", 3).chars("MESSAGE", 220).chars("LOG_NO", 20)
            .numc("LOG_MSG_NO", 6).chars("MESSAGE_V1", 50).chars("MESSAGE_V2", 50).chars("MESSAGE_V3", 50)
            .chars("MESSAGE_V4", 50).chars("PARAMETER", 32).int4("ROW").chars("FIELD", 30).chars("SYSTEM", 10)
            .build();

    static final RecordMeta BAPIRETURN = Structure.named("BAPIRETURN")
            .chars("TYPE", 1).chars("CODE", 5).chars("MESSAGE", 220).chars("LOG_NO", 20).numc("LOG_MSG_NO", 6)
            .chars("MESSAGE_V1", 50).chars("MESSAGE_V2", 50).chars("MESSAGE_V3", 50).chars("MESSAGE_V4", 50)
            .build();

    // ---- create and change: header (BAPISDH1 is BAPISDHD1 without the document type)

    private static Structure headerFields(Structure structure) {
        return structure.chars("COLLECT_NO", 10).chars("SALES_ORG", 4).chars("DISTR_CHAN", 2)
                .chars("DIVISION", 2).chars("SALES_GRP", 3).chars("SALES_OFF", 4).date("REQ_DATE_H")
                .chars("DATE_TYPE", 1).chars("PURCH_NO_C", 35).date("PURCH_DATE").chars("PO_METHOD", 4)
                .chars("REF_1", 12).chars("NAME", 35).chars("TELEPHONE", 16).chars("INCOTERMS1", 3)
                .chars("INCOTERMS2", 28).chars("PMNTTRMS", 4).chars("DLV_BLOCK", 2).chars("BILL_BLOCK", 2)
                .chars("ORD_REASON", 3).date("PRICE_DATE").date("QT_VALID_F").date("QT_VALID_T").date("DOC_DATE")
                .chars("REF_DOC", 10).chars("REFDOC_CAT", 1).chars("CURRENCY", 5);
    }

    static final RecordMeta BAPISDHD1 = headerFields(Structure.named("BAPISDHD1").chars("DOC_TYPE", 4)).build();
    static final RecordMeta BAPISDHD1X = checkbox("BAPISDHD1X", BAPISDHD1);
    static final RecordMeta BAPISDH1 = headerFields(Structure.named("BAPISDH1")).build();
    static final RecordMeta BAPISDH1X = checkbox("BAPISDH1X", BAPISDH1);

    // ---- items, partners, schedule lines, conditions, texts

    static final RecordMeta BAPISDITM = Structure.named("BAPISDITM")
            .numc("ITM_NUMBER", 6).numc("HG_LV_ITEM", 6).chars("PO_ITM_NO", 6).chars("MATERIAL", 18)
            .chars("BATCH", 10).chars("REASON_REJ", 2).chars("PLANT", 4).chars("STORE_LOC", 4)
            .packed("TARGET_QTY", 13, 3).chars("TARGET_QU", 3).chars("T_UNIT_ISO", 3).chars("ITEM_CATEG", 4)
            .chars("SHORT_TEXT", 40).chars("PURCH_NO_C", 35).date("PURCH_DATE").numc("ORDER_PROB", 3)
            .chars("REF_DOC", 10).numc("REF_DOC_IT", 6).chars("REF_DOC_CA", 1).chars("SALES_UNIT", 3)
            .chars("CURRENCY", 5).chars("MATERIAL_LONG", 40)
            .build();
    static final RecordMeta BAPISDITMX = checkbox("BAPISDITMX", BAPISDITM, "ITM_NUMBER");

    /** BAPIPARNR (the create BAPIs) and BAPIPARTNR (BAPI_SALESORDER_SIMULATE) share these fields. */
    private static RecordMeta partners(String name) {
        return Structure.named(name)
                .chars("PARTN_ROLE", 2).chars("PARTN_NUMB", 10).numc("ITM_NUMBER", 6).chars("TITLE", 15)
                .chars("NAME", 35).chars("NAME_2", 35).chars("STREET", 35).chars("COUNTRY", 3)
                .chars("POSTL_CODE", 10).chars("CITY", 35).chars("REGION", 3).chars("TELEPHONE", 16)
                .chars("LANGU", 1).chars("ADDRESS", 10)
                .build();
    }

    static final RecordMeta BAPIPARNR = partners("BAPIPARNR");

    static final RecordMeta BAPIPARNRC = Structure.named("BAPIPARNRC")
            .chars("DOCUMENT", 10).numc("ITM_NUMBER", 6).chars("UPDATEFLAG", 1).chars("PARTN_ROLE", 2)
            .chars("P_NUMB_OLD", 10).chars("P_NUMB_NEW", 10).chars("ADDR_LINK", 10).chars("ADDRESS", 10)
            .chars("ADDR_TYPE", 1)
            .build();

    static final RecordMeta BAPISCHDL = Structure.named("BAPISCHDL")
            .numc("ITM_NUMBER", 6).numc("SCHED_LINE", 4).date("REQ_DATE").chars("DATE_TYPE", 1).time("REQ_TIME")
            .packed("REQ_QTY", 13, 3).chars("REQ_DLV_BL", 2).chars("SCHED_TYPE", 2)
            .build();
    static final RecordMeta BAPISCHDLX = checkbox("BAPISCHDLX", BAPISCHDL, "ITM_NUMBER", "SCHED_LINE");

    static final RecordMeta BAPICOND = Structure.named("BAPICOND")
            .numc("ITM_NUMBER", 6).numc("COND_ST_NO", 3).numc("COND_COUNT", 2).chars("COND_TYPE", 4)
            .packed("COND_VALUE", 28, 9).chars("CURRENCY", 5).chars("COND_UNIT", 3).packed("COND_P_UNT", 5, 0)
            .chars("CURR_ISO", 3).chars("CD_UNT_ISO", 3)
            .build();
    static final RecordMeta BAPICONDX = checkbox("BAPICONDX", BAPICOND, "ITM_NUMBER", "COND_ST_NO", "COND_COUNT",
            "COND_TYPE");

    static final RecordMeta BAPISDTEXT = Structure.named("BAPISDTEXT")
            .chars("DOC_NUMBER", 10).numc("ITM_NUMBER", 6).chars("TEXT_ID", 4).chars("LANGU", 1)
            .chars("LANGU_ISO", 2).chars("FORMAT_COL", 2).chars("TEXT_LINE", 132).chars("FUNCTION", 3)
            .build();

    // ---- display

    static final RecordMeta ORDER_VIEW = Structure.named("ORDER_VIEW")
            .chars("HEADER", 1).chars("ITEM", 1).chars("SDSCHEDULE", 1).chars("BUSINESS", 1).chars("PARTNER", 1)
            .chars("ADDRESS", 1).chars("STATUS_H", 1).chars("STATUS_I", 1).chars("SDCOND", 1)
            .chars("SDCOND_ADD", 1).chars("CONTRACT", 1).chars("TEXT", 1).chars("FLOW", 1).chars("BILLPLAN", 1)
            .chars("CONFIGURE", 1).chars("CREDCARD", 1).chars("INCOMP_LOG", 1)
            .build();

    static final RecordMeta SALES_KEY = Structure.named("SALES_KEY").chars("VBELN", 10).build();

    static final RecordMeta BAPISDHD = Structure.named("BAPISDHD")
            .chars("OPERATION", 3).chars("DOC_NUMBER", 10).date("REC_DATE").time("REC_TIME")
            .chars("CREATED_BY", 12).date("QT_VALID_F").date("QT_VALID_T").date("DOC_DATE").chars("SD_DOC_CAT", 1)
            .chars("TRAN_GROUP", 1).chars("DOC_TYPE", 4).chars("ORD_REASON", 3).packed("NET_VAL_HD", 28, 9)
            .chars("CURRENCY", 5).chars("SALES_ORG", 4).chars("DISTR_CHAN", 2).chars("DIVISION", 2)
            .chars("SALES_GRP", 3).chars("SALES_OFF", 4).date("REQ_DATE_H").chars("PURCH_NO", 20)
            .date("PURCH_DATE").chars("REF_1", 12).chars("ORDERER_NA", 35).chars("SOLD_TO", 10).date("CH_ON")
            .chars("REF_DOC", 10).chars("DOC_CAT_SD", 1)
            .build();

    static final RecordMeta BAPISDIT = Structure.named("BAPISDIT")
            .chars("OPERATION", 3).chars("DOC_NUMBER", 10).numc("ITM_NUMBER", 6).chars("MATERIAL", 18)
            .chars("MAT_ENTRD", 18).chars("MATL_GROUP", 9).chars("SHORT_TEXT", 40).chars("ITEM_CATEG", 4)
            .numc("HG_LV_ITEM", 6).chars("REA_FOR_RE", 2).packed("TARGET_QTY", 13, 3).chars("TARGET_QU", 3)
            .chars("BASE_UOM", 3).packed("NET_VALUE", 28, 9).chars("CURRENCY", 5).packed("REQ_QTY", 15, 3)
            .chars("SALES_UNIT", 3).chars("REF_DOC", 10).numc("POSNR_VOR", 6).chars("PLANT", 4)
            .numc("ORDER_PROB", 3).date("CREAT_DATE").chars("CREATED_BY", 12).time("REC_TIME")
            .packed("NET_PRICE", 28, 9).packed("COND_P_UNT", 5, 0).chars("COND_UNIT", 3).date("CH_ON")
            .chars("DOC_CAT_SD", 1).chars("MATERIAL_LONG", 40)
            .build();

    static final RecordMeta BAPISDHEDU = Structure.named("BAPISDHEDU")
            .chars("OPERATION", 3).chars("DOC_NUMBER", 10).numc("ITM_NUMBER", 6).numc("SCHED_LINE", 4)
            .chars("SCHED_TYPE", 2).chars("RELFORDEL", 1).date("REQ_DATE").time("REQ_TIME")
            .packed("REQ_QTY", 13, 3).packed("CONFIR_QTY", 13, 3).chars("SALES_UNIT", 3).chars("DATE_TYPE", 1)
            .build();

    static final RecordMeta BAPISDPART = Structure.named("BAPISDPART")
            .chars("OPERATION", 3).chars("SD_DOC", 10).numc("ITM_NUMBER", 6).chars("PARTN_ROLE", 2)
            .chars("CUSTOMER", 10).chars("VENDOR_NO", 10).numc("PERSON_NO", 8).numc("CONTACT", 10)
            .chars("ADDRESS", 10).chars("COUNTRY", 3)
            .build();

    static final RecordMeta BAPISDHDST = Structure.named("BAPISDHDST")
            .chars("OPERATION", 3).chars("SD_DOC", 10).chars("REFDOCHDST", 1).chars("TOTREFSTAT", 1)
            .chars("CONFIRSTAT", 1).chars("DELIV_STAT", 1).chars("DLV_STAT_H", 1).chars("OVERALLREJ", 1)
            .chars("PRC_STAT_H", 1).chars("SD_DOC_CAT", 1).date("CH_ON")
            .build();

    static final RecordMeta BAPISDITST = Structure.named("BAPISDITST")
            .chars("OPERATION", 3).chars("SD_DOC", 10).numc("ITM_NUMBER", 6).chars("REFERNSTAT", 1)
            .chars("REFTOTSTAT", 1).chars("REJSTATIT", 1).chars("OVRPROCSTA", 1)
            .build();

    static final RecordMeta BAPISDCOND = Structure.named("BAPISDCOND")
            .chars("OPERATION", 3).chars("SD_DOC", 10).chars("CONDIT_NO", 10).numc("ITM_NUMBER", 6)
            .numc("COND_ST_NO", 3).numc("COND_COUNT", 2).chars("APPLICATIO", 2).chars("COND_TYPE", 4)
            .date("CONPRICDAT").chars("CALCTYPCON", 1).packed("CONBASEVAL", 28, 9).chars("SDCURRENCY", 5)
            .packed("COND_VALUE", 28, 9).chars("CURRENCY", 5).packed("COND_P_UNT", 5, 0).chars("COND_D_UNT", 3)
            .packed("CONDVALUE", 28, 9).chars("CONDCHAMAN", 1)
            .build();

    static final RecordMeta BAPISDFLOW = Structure.named("BAPISDFLOW")
            .chars("OPERATION", 3).chars("SD_DOC", 10).chars("PRECSDDOC", 10).numc("PREDITDOC", 6)
            .chars("SUBSSDDOC", 10).numc("SUBSITDOC", 6).chars("DOCCATEGOR", 1).packed("REF_QTY", 15, 3)
            .chars("BASE_UOM", 3).packed("REFERENVAL", 28, 9).chars("STATISCURR", 5).chars("DOC_CAT_SD", 1)
            .date("CREAT_DATE").time("REC_TIME")
            .build();

    static final RecordMeta BAPITEXTLI = Structure.named("BAPITEXTLI")
            .chars("OPERATION", 3).chars("APPLOBJECT", 10).chars("TEXT_NAME", 70).chars("TEXT_ID", 4)
            .chars("LANGU", 1).chars("LANGU_ISO", 2).chars("LINE", 132).chars("FORMAT_COL", 2)
            .build();

    static final RecordMeta BAPIORDERS = Structure.named("BAPIORDERS")
            .chars("SD_DOC", 10).numc("ITM_NUMBER", 6).chars("MATERIAL", 18).chars("SHORT_TEXT", 40)
            .chars("DOC_TYPE", 4).date("DOC_DATE").packed("REQ_QTY", 15, 3).date("REQ_DATE").chars("PURCH_NO", 20)
            .chars("BATCH", 10).date("VALID_FROM").date("VALID_TO").chars("BILL_BLOCK", 2).chars("DLV_BLOCK", 2)
            .chars("SOLD_TO", 10).chars("NAME", 35).packed("EXCHG_RATE", 9, 5).packed("DLV_QTY", 15, 3)
            .chars("BASE_UOM", 3).packed("NET_PRICE", 28, 9).packed("COND_P_UNT", 5, 0).chars("COND_UNIT", 3)
            .packed("NET_VAL_HD", 28, 9).packed("NET_VALUE", 28, 9).chars("DIVISION", 2).chars("DOC_STATUS", 20)
            .chars("SALES_GRP", 3).chars("SALES_OFF", 4).chars("SALES_ORG", 4).chars("SALES_UNIT", 3)
            .chars("SHIP_POINT", 4).chars("DISTR_CHAN", 2).date("GI_DATE").chars("CURRENCY", 5).chars("PLANT", 4)
            .chars("STORE_LOC", 4).chars("PURCH_NO_C", 35).chars("MATERIAL_LONG", 40)
            .build();

    // ---- RFC_READ_TABLE

    static final RecordMeta RFC_DB_OPT = Structure.named("RFC_DB_OPT").chars("TEXT", 72).build();

    static final RecordMeta RFC_DB_FLD = Structure.named("RFC_DB_FLD")
            .chars("FIELDNAME", 30).numc("OFFSET", 6).numc("LENGTH", 6).chars("TYPE", 1).chars("FIELDTEXT", 60)
            .build();

    static final RecordMeta TAB512 = Structure.named("TAB512").chars("WA", 512).build();

    /**
     * The checkbox structure SAP pairs with an IN structure (BAPISDHD1X for BAPISDHD1): the key
     * fields as they are, UPDATEFLAG, then one CHAR 1 flag per other field.
     */
    static RecordMeta checkbox(String name, RecordMeta of, String... keys) {
        List<String> keyNames = List.of(keys);
        Structure structure = Structure.named(name);
        for (String key : keys) {
            if (of.getType(key) == JCoMetaData.TYPE_NUM) {
                structure.numc(key, of.getLength(key));
            } else {
                structure.chars(key, of.getLength(key));
            }
        }
        structure.chars("UPDATEFLAG", 1);
        for (int i = 0; i < of.getFieldCount(); i++) {
            if (!keyNames.contains(of.getName(i))) {
                structure.chars(of.getName(i), 1);
            }
        }
        return structure.build();
    }

    // ---- BAPI_SALESORDER_SIMULATE (the older sales order interface: BAPISDHEAD, BAPIITEMIN, BAPIITEMEX)

    static final RecordMeta BAPISDHEAD = Structure.named("BAPISDHEAD")
            .chars("DOC_TYPE", 4).chars("COLLECT_NO", 10).chars("SALES_ORG", 4).chars("DISTR_CHAN", 2)
            .chars("DIVISION", 2).chars("SALES_GRP", 3).chars("SALES_OFF", 4).date("REQ_DATE_H")
            .chars("DATE_TYPE", 1).date("PURCH_DATE").chars("PO_METHOD", 4).chars("PURCH_NO", 20)
            .date("PRICE_DATE").date("QT_VALID_F").date("QT_VALID_T").chars("CURRENCY", 5)
            .build();

    static final RecordMeta BAPIITEMIN = Structure.named("BAPIITEMIN")
            .numc("ITM_NUMBER", 6).numc("HG_LV_ITEM", 6).chars("PO_ITM_NO", 6).chars("MATERIAL", 18)
            .chars("ITEM_CATEG", 4).chars("SHORT_TEXT", 40).chars("PLANT", 4).packed("TARGET_QTY", 13, 3)
            .chars("TARGET_QU", 3).numc("REQ_QTY", 15).chars("SALES_UNIT", 3).chars("REASON_REJ", 2)
            .chars("MATERIAL_LONG", 40)
            .build();

    static final RecordMeta BAPIPARTNR = partners("BAPIPARTNR");

    static final RecordMeta BAPIITEMEX = Structure.named("BAPIITEMEX")
            .numc("ITM_NUMBER", 6).chars("PO_ITM_NO", 6).chars("MATERIAL", 18).numc("HG_LV_ITEM", 6)
            .chars("SHORT_TEXT", 40).chars("ITEM_CATEG", 4).chars("PLANT", 4).packed("REQ_QTY", 15, 3)
            .chars("SALES_UNIT", 3).packed("NET_VALUE", 15, 2).chars("CURRENCY", 5).packed("SUBTOTAL_1", 15, 2)
            .chars("MATERIAL_LONG", 40)
            .build();

    // ---- the function modules

    /** BAPI_SALESORDER_SIMULATE: checks and prices a new sales document of any type; saves nothing. */
    static FunctionTemplateImpl salesOrderSimulate() {
        return FunctionInterface.named("BAPI_SALESORDER_SIMULATE")
                .importing("ORDER_HEADER_IN", BAPISDHEAD, false)
                .importingChar("CONVERT_PARVW_AUART", 1, true, " ")
                .exportingChar("SALESDOCUMENT", 10)
                .exporting("RETURN", BAPIRETURN)
                .tables("ORDER_ITEMS_IN", BAPIITEMIN, false)
                .tables("ORDER_PARTNERS", BAPIPARTNR, false)
                .tables("ORDER_ITEMS_OUT", BAPIITEMEX, true)
                .tables("ORDER_CONDITION_EX", BAPICOND, true)
                .tables("MESSAGETABLE", BAPIRET2, true)
                .build();
    }

    /** BAPI_INQUIRY_CREATEFROMDATA2 (prefix INQUIRY), BAPI_QUOTATION_CREATEFROMDATA2 (QUOTATION). */
    static FunctionTemplateImpl create(String name, String prefix) {
        return FunctionInterface.named(name)
                .importingChar("SALESDOCUMENTIN", 10, true)
                .importing(prefix + "_HEADER_IN", BAPISDHD1, false)
                .importing(prefix + "_HEADER_INX", BAPISDHD1X, true)
                .importingChar("BEHAVE_WHEN_ERROR", 1, true)
                .importingChar("INT_NUMBER_ASSIGNMENT", 1, true)
                .importingChar("TESTRUN", 1, true)
                .importingChar("CONVERT", 1, true, " ")
                .exportingChar("SALESDOCUMENT", 10)
                .tables("RETURN", BAPIRET2, true)
                .tables(prefix + "_ITEMS_IN", BAPISDITM, true)
                .tables(prefix + "_ITEMS_INX", BAPISDITMX, true)
                .tables(prefix + "_PARTNERS", BAPIPARNR, false)
                .tables(prefix + "_SCHEDULES_IN", BAPISCHDL, true)
                .tables(prefix + "_SCHEDULES_INX", BAPISCHDLX, true)
                .tables(prefix + "_CONDITIONS_IN", BAPICOND, true)
                .tables(prefix + "_CONDITIONS_INX", BAPICONDX, true)
                .tables(prefix + "_TEXT", BAPISDTEXT, true)
                .build();
    }

    /** BAPI_CUSTOMERINQUIRY_CHANGE (prefix INQUIRY), BAPI_CUSTOMERQUOTATION_CHANGE (QUOTATION). */
    static FunctionTemplateImpl change(String name, String prefix) {
        return FunctionInterface.named(name)
                .importingChar("SALESDOCUMENT", 10, false)
                .importing(prefix + "_HEADER_IN", BAPISDH1, true)
                .importing(prefix + "_HEADER_INX", BAPISDH1X, false)
                .importingChar("SIMULATION", 1, true)
                .importingChar("BEHAVE_WHEN_ERROR", 1, true)
                .importingChar("INT_NUMBER_ASSIGNMENT", 1, true)
                .importingChar("NO_STATUS_BUF_INIT", 1, true)
                .tables("RETURN", BAPIRET2, false)
                .tables(prefix + "_ITEM_IN", BAPISDITM, true)
                .tables(prefix + "_ITEM_INX", BAPISDITMX, true)
                .tables("PARTNERS", BAPIPARNR, true)
                .tables("PARTNERCHANGES", BAPIPARNRC, true)
                .tables("CONDITIONS_IN", BAPICOND, true)
                .tables("CONDITIONS_INX", BAPICONDX, true)
                .tables("SCHEDULE_LINES", BAPISCHDL, true)
                .tables("SCHEDULE_LINESX", BAPISCHDLX, true)
                .tables(prefix + "_TEXT", BAPISDTEXT, true)
                .build();
    }

    static FunctionTemplateImpl detailedList() {
        return FunctionInterface.named("BAPISDORDER_GETDETAILEDLIST")
                .importing("I_BAPI_VIEW", ORDER_VIEW, true)
                .importingChar("I_MEMORY_READ", 1, true)
                .importingChar("I_WITH_HEADER_CONDITIONS", 1, true, " ")
                .tables("SALES_DOCUMENTS", SALES_KEY, false)
                .tables("ORDER_HEADERS_OUT", BAPISDHD, true)
                .tables("ORDER_ITEMS_OUT", BAPISDIT, true)
                .tables("ORDER_SCHEDULES_OUT", BAPISDHEDU, true)
                .tables("ORDER_PARTNERS_OUT", BAPISDPART, true)
                .tables("ORDER_STATUSHEADERS_OUT", BAPISDHDST, true)
                .tables("ORDER_STATUSITEMS_OUT", BAPISDITST, true)
                .tables("ORDER_CONDITIONS_OUT", BAPISDCOND, true)
                .tables("ORDER_TEXTLINES_OUT", BAPITEXTLI, true)
                .tables("ORDER_FLOWS_OUT", BAPISDFLOW, true)
                .build();
    }

    static FunctionTemplateImpl salesOrderList() {
        return FunctionInterface.named("BAPI_SALESORDER_GETLIST")
                .importingChar("CUSTOMER_NUMBER", 10, false)
                .importingChar("SALES_ORGANIZATION", 4, false)
                .importingChar("MATERIAL", 18, true)
                .importing("DOCUMENT_DATE", JCoMetaData.TYPE_DATE, 8, 0, true, null)
                .importing("DOCUMENT_DATE_TO", JCoMetaData.TYPE_DATE, 8, 0, true, null)
                .importingChar("PURCHASE_ORDER", 20, true)
                .importingChar("TRANSACTION_GROUP", 1, true, "0")
                .importingChar("PURCHASE_ORDER_NUMBER", 35, true)
                .importingChar("MATERIAL_LONG", 40, true)
                .exporting("RETURN", BAPIRETURN)
                .tables("SALES_ORDERS", BAPIORDERS, false)
                .build();
    }

    static FunctionTemplateImpl commit() {
        return FunctionInterface.named("BAPI_TRANSACTION_COMMIT")
                .importingChar("WAIT", 1, true)
                .exporting("RETURN", BAPIRET2)
                .build();
    }

    static FunctionTemplateImpl rollback() {
        return FunctionInterface.named("BAPI_TRANSACTION_ROLLBACK").exporting("RETURN", BAPIRET2).build();
    }

    static FunctionTemplateImpl ping() {
        return FunctionInterface.named("RFC_PING").build();
    }

    static FunctionTemplateImpl readTable() {
        return FunctionInterface.named("RFC_READ_TABLE")
                .importingChar("QUERY_TABLE", 30, false)
                .importingChar("DELIMITER", 1, true, " ")
                .importingChar("NO_DATA", 1, true, " ")
                .importing("ROWSKIPS", JCoMetaData.TYPE_INT, 10, 0, true, "0")
                .importing("ROWCOUNT", JCoMetaData.TYPE_INT, 10, 0, true, "0")
                .tables("OPTIONS", RFC_DB_OPT, true)
                .tables("FIELDS", RFC_DB_FLD, true)
                .tables("DATA", TAB512, false)
                .exception("TABLE_NOT_AVAILABLE")
                .exception("TABLE_WITHOUT_DATA")
                .exception("OPTION_NOT_VALID")
                .exception("FIELD_NOT_VALID")
                .exception("NOT_AUTHORIZED")
                .exception("DATA_BUFFER_EXCEEDED")
                .build();
    }
}
