package org.presalesbridge.mocksap.sd;

import static org.presalesbridge.mocksap.sd.TableField.chars;
import static org.presalesbridge.mocksap.sd.TableField.date;
import static org.presalesbridge.mocksap.sd.TableField.key;
import static org.presalesbridge.mocksap.sd.TableField.numc;
import static org.presalesbridge.mocksap.sd.TableField.packed;
import static org.presalesbridge.mocksap.sd.TableField.time;
import static org.presalesbridge.mocksap.sd.TableField.unlogged;

import java.util.List;

/**
 * The database tables of the simulated system, with SAP's field names and lengths (a subset of
 * each table's fields): VBAK, VBAP, VBEP, VBPA (documents), VBFA (document flow), CDHDR and CDPOS
 * (change documents). RFC_READ_TABLE reads them; change documents are computed over the first four.
 */
public final class SdTables {

    /** The client (MANDT) of the simulated system. */
    public static final String CLIENT = "100";

    /** An item with the header of its document, a row of VBAP. */
    public record ItemRow(Header header, Item item) {
    }

    /** A schedule line with its item and header, a row of VBEP. */
    public record ScheduleLineRow(Header header, Item item, ScheduleLine line) {
    }

    /** A partner with the header of its document, a row of VBPA. */
    public record PartnerRow(Header header, Partner partner) {
    }

    /** A changed field with its change document header, a row of CDPOS. */
    public record ChangedFieldRow(ChangeDocument document, ChangeDocument.ChangedField field) {
    }

    public static final SdTable<Header> VBAK = new SdTable<>("VBAK", "Sales Document: Header Data", List.<TableField<Header>>of(
            key("MANDT", 'C', 3, "Client", h -> CLIENT),
            key("VBELN", 'C', 10, "Sales Document", Header::number),
            unlogged(date("ERDAT", "Date on Which Record Was Created", h -> h.created().date())),
            unlogged(time("ERZET", "Entry time", h -> h.created().time())),
            unlogged(chars("ERNAM", 12, "Name of Person who Created the Object", h -> h.created().user())),
            date("ANGDT", "Quotation/Inquiry is valid from", h -> h.data().validFrom()),
            date("BNDDT", "Date until which bid/quotation is binding", h -> h.data().validTo()),
            date("AUDAT", "Document Date", h -> h.data().documentDate()),
            chars("VBTYP", 1, "SD document category", h -> h.category()),
            chars("TRVOG", 1, "Transaction group", h -> h.transactionGroup()),
            chars("AUART", 4, "Sales Document Type", Header::documentType),
            chars("AUGRU", 3, "Order reason", h -> h.data().orderReason()),
            packed("NETWR", 15, 2, 21, "Net Value of the Sales Order", Header::netValue),
            chars("WAERK", 5, "SD document currency", Header::currency),
            chars("VKORG", 4, "Sales Organization", h -> h.data().salesArea().salesOrganization()),
            chars("VTWEG", 2, "Distribution Channel", h -> h.data().salesArea().distributionChannel()),
            chars("SPART", 2, "Division", h -> h.data().salesArea().division()),
            chars("VKGRP", 3, "Sales group", h -> h.data().salesGroup()),
            chars("VKBUR", 4, "Sales office", h -> h.data().salesOffice()),
            date("VDATU", "Requested delivery date", h -> h.data().requestedDeliveryDate()),
            chars("BSTNK", 35, "Customer purchase order number", h -> h.data().purchaseOrderNumber()),
            date("BSTDK", "Customer purchase order date", h -> h.data().purchaseOrderDate()),
            chars("BNAME", 35, "Name of orderer", h -> h.data().ordererName()),
            chars("IHREZ", 12, "Your Reference", h -> h.data().yourReference()),
            chars("KUNNR", 10, "Sold-to party", Header::soldTo),
            chars("VGBEL", 10, "Document number of the reference document", h -> h.data().referenceDocument()),
            chars("VGTYP", 1, "Preceding doc. category", h -> h.data().referenceCategory()),
            unlogged(date("AEDAT", "Date of Last Change", Header::changedOn))));

    public static final SdTable<ItemRow> VBAP = new SdTable<>("VBAP", "Sales Document: Item Data", List.<TableField<ItemRow>>of(
            key("MANDT", 'C', 3, "Client", r -> CLIENT),
            key("VBELN", 'C', 10, "Sales Document", r -> r.header().number()),
            key("POSNR", 'N', 6, "Sales Document Item", r -> r.item().number()),
            chars("MATNR", 18, "Material Number", r -> r.item().material()),
            chars("MATKL", 9, "Material Group", r -> r.item().materialGroup()),
            chars("ARKTX", 40, "Short text for sales order item", r -> r.item().description()),
            chars("PSTYV", 4, "Sales document item category", r -> r.item().itemCategory()),
            numc("UEPOS", 6, "Higher-level item", r -> r.item().data().higherLevelItem()),
            chars("ABGRU", 2, "Reason for rejection", r -> r.item().data().rejectionReason()),
            packed("ZMENG", 13, 3, 17, "Target quantity in sales units", r -> r.item().data().targetQuantity()),
            chars("ZIEME", 3, "Target quantity UoM", r -> r.item().data().targetUnit()),
            packed("KWMENG", 15, 3, 19, "Cumulative Order Quantity in Sales Units", r -> r.item().orderQuantity()),
            chars("VRKME", 3, "Sales unit", r -> r.item().salesUnit()),
            packed("NETPR", 11, 2, 16, "Net Price", r -> r.item().netPrice()),
            packed("NETWR", 15, 2, 21, "Net value of the order item", r -> r.item().netValue()),
            chars("WAERK", 5, "SD document currency", r -> r.header().currency()),
            chars("WERKS", 4, "Plant", r -> r.item().plant()),
            chars("VGBEL", 10, "Document number of the reference document", r -> r.item().data().referenceDocument()),
            numc("VGPOS", 6, "Item number of the reference item", r -> r.item().data().referenceItem()),
            chars("VGTYP", 1, "Preceding doc. category", r -> r.item().data().referenceCategory()),
            numc("AWAHR", 3, "Order probability of the item", r -> r.item().data().orderProbability()),
            unlogged(chars("GBSTA", 1, "Overall processing status of the item",
                    r -> r.item().open() ? "A" : "C")),
            unlogged(date("ERDAT", "Date on Which Record Was Created", r -> r.item().created().date())),
            unlogged(time("ERZET", "Entry time", r -> r.item().created().time())),
            unlogged(chars("ERNAM", 12, "Name of Person who Created the Object", r -> r.item().created().user())),
            unlogged(date("AEDAT", "Date of Last Change", r -> r.item().changedOn()))));

    public static final SdTable<ScheduleLineRow> VBEP = new SdTable<>("VBEP", "Sales Document: Schedule Line Data",
            List.<TableField<ScheduleLineRow>>of(
                    key("MANDT", 'C', 3, "Client", r -> CLIENT),
                    key("VBELN", 'C', 10, "Sales Document", r -> r.header().number()),
                    key("POSNR", 'N', 6, "Sales Document Item", r -> r.item().number()),
                    key("ETENR", 'N', 4, "Schedule Line Number", r -> r.line().number()),
                    date("EDATU", "Schedule line date", r -> r.line().requestedDate()),
                    packed("WMENG", 13, 3, 17, "Order quantity in sales units", r -> r.line().quantity()),
                    chars("VRKME", 3, "Sales unit", r -> r.item().salesUnit())));

    public static final SdTable<PartnerRow> VBPA = new SdTable<>("VBPA", "Sales Document: Partner", List.<TableField<PartnerRow>>of(
            key("MANDT", 'C', 3, "Client", r -> CLIENT),
            key("VBELN", 'C', 10, "Sales and Distribution Document Number", r -> r.header().number()),
            key("POSNR", 'N', 6, "Item number of the SD document", r -> r.partner().item()),
            key("PARVW", 'C', 2, "Partner Function", r -> r.partner().role()),
            chars("KUNNR", 10, "Customer Number", r -> r.partner().customer()),
            unlogged(chars("LAND1", 3, "Country Key", r -> r.partner().country()))));

    public static final SdTable<DocumentFlowLink> VBFA = new SdTable<>("VBFA", "Sales Document Flow", List.<TableField<DocumentFlowLink>>of(
            key("MANDT", 'C', 3, "Client", f -> CLIENT),
            key("VBELV", 'C', 10, "Preceding sales and distribution document", DocumentFlowLink::precedingDocument),
            key("POSNV", 'N', 6, "Preceding item of an SD document", DocumentFlowLink::precedingItem),
            key("VBELN", 'C', 10, "Subsequent sales and distribution document", DocumentFlowLink::subsequentDocument),
            key("POSNN", 'N', 6, "Subsequent item of an SD document", DocumentFlowLink::subsequentItem),
            key("VBTYP_N", 'C', 1, "Document category of subsequent document", f -> f.subsequentCategory()),
            packed("RFMNG", 15, 3, 19, "Referenced quantity in base unit of measure", DocumentFlowLink::quantity),
            chars("MEINS", 3, "Base Unit of Measure", DocumentFlowLink::unit),
            packed("RFWRT", 15, 2, 21, "Reference value", DocumentFlowLink::value),
            chars("WAERS", 5, "Statistics currency", DocumentFlowLink::currency),
            chars("VBTYP_V", 1, "Document category of preceding SD document", f -> f.precedingCategory()),
            date("ERDAT", "Date on Which Record Was Created", DocumentFlowLink::createdOn),
            time("ERZET", "Entry time", DocumentFlowLink::createdAt)));

    public static final SdTable<ChangeDocument> CDHDR = new SdTable<>("CDHDR", "Change document header", List.<TableField<ChangeDocument>>of(
            key("MANDANT", 'C', 3, "Client", c -> CLIENT),
            key("OBJECTCLAS", 'C', 15, "Object class", ChangeDocument::objectClass),
            key("OBJECTID", 'C', 90, "Object value", ChangeDocument::objectId),
            key("CHANGENR", 'C', 10, "Document change number", ChangeDocument::changeNumber),
            chars("USERNAME", 12, "User name of the person responsible in change document", ChangeDocument::user),
            date("UDATE", "Creation date of the change document", ChangeDocument::date),
            time("UTIME", "Time changed", ChangeDocument::time),
            chars("TCODE", 20, "Transaction in which a change was made", ChangeDocument::transactionCode),
            chars("CHANGE_IND", 1, "Application object change type (U, I, E, D)", c -> c.changeIndicator())));

    public static final SdTable<ChangedFieldRow> CDPOS = new SdTable<>("CDPOS", "Change document items", List.<TableField<ChangedFieldRow>>of(
            key("MANDANT", 'C', 3, "Client", r -> CLIENT),
            key("OBJECTCLAS", 'C', 15, "Object class", r -> r.document().objectClass()),
            key("OBJECTID", 'C', 90, "Object value", r -> r.document().objectId()),
            key("CHANGENR", 'C', 10, "Document change number", r -> r.document().changeNumber()),
            key("TABNAME", 'C', 30, "Table Name", r -> r.field().table()),
            key("TABKEY", 'C', 70, "Changed table record key", r -> r.field().key()),
            key("FNAME", 'C', 30, "Field Name", r -> r.field().field()),
            key("CHNGIND", 'C', 1, "Change Type (U, I, E, D)", r -> r.field().indicator()),
            chars("VALUE_NEW", 254, "New contents of changed field", r -> r.field().newValue()),
            chars("VALUE_OLD", 254, "Old contents of changed field", r -> r.field().oldValue())));

    public static final List<String> NAMES = List.of("VBAK", "VBAP", "VBEP", "VBPA", "VBFA", "CDHDR", "CDPOS");

    private SdTables() {
    }
}
