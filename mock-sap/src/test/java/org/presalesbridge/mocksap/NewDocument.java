package org.presalesbridge.mocksap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;

/**
 * An inquiry or quotation to create through BAPI_INQUIRY_CREATEFROMDATA2 or
 * BAPI_QUOTATION_CREATEFROMDATA2, valid by default: customer 1000 in 1000/10/00, a purchase order
 * number of its own, a validity period; items added by the test.
 */
public final class NewDocument {

    public static final String CUSTOMER = "0000001000";

    private final String function;
    private final String prefix;
    private String documentType;
    private String salesOrganization = "1000";
    private String customer = CUSTOMER;
    private String purchaseOrder = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
    private LocalDate validFrom = LocalDate.now();
    private LocalDate validTo = LocalDate.now().plusDays(30);
    private String referenceDocument = "";
    private String referenceCategory = "";
    private boolean testRun;
    private final List<Object[]> items = new ArrayList<>();
    private final List<Object[]> scheduleLines = new ArrayList<>();
    private final List<Object[]> partners = new ArrayList<>();

    private NewDocument(String function, String prefix, String documentType) {
        this.function = function;
        this.prefix = prefix;
        this.documentType = documentType;
    }

    public static NewDocument quotation() {
        return new NewDocument("BAPI_QUOTATION_CREATEFROMDATA2", "QUOTATION", "AG");
    }

    public static NewDocument inquiry() {
        return new NewDocument("BAPI_INQUIRY_CREATEFROMDATA2", "INQUIRY", "AF");
    }

    public NewDocument documentType(String type) {
        this.documentType = type;
        return this;
    }

    public NewDocument salesOrganization(String organization) {
        this.salesOrganization = organization;
        return this;
    }

    public NewDocument customer(String number) {
        this.customer = number;
        return this;
    }

    /** No sold-to party at all. */
    public NewDocument withoutCustomer() {
        this.customer = null;
        return this;
    }

    public NewDocument partner(String role, String number) {
        partners.add(new Object[] {"PARTN_ROLE", role, "PARTN_NUMB", number});
        return this;
    }

    public NewDocument purchaseOrder(String number) {
        this.purchaseOrder = number;
        return this;
    }

    public String purchaseOrder() {
        return purchaseOrder;
    }

    public NewDocument validity(LocalDate from, LocalDate to) {
        this.validFrom = from;
        this.validTo = to;
        return this;
    }

    public NewDocument reference(String document, String category) {
        this.referenceDocument = document;
        this.referenceCategory = category;
        return this;
    }

    public NewDocument testRun() {
        this.testRun = true;
        return this;
    }

    /** An item with TARGET_QTY; the unit is the material's unless given. */
    public NewDocument item(String material, String targetQuantity) {
        return item(material, targetQuantity, "");
    }

    public NewDocument item(String material, String targetQuantity, String unit) {
        items.add(new Object[] {"MATERIAL", material, "TARGET_QTY", new BigDecimal(targetQuantity), "TARGET_QU", unit});
        return this;
    }

    /** An item with the fields given: field, value … */
    public NewDocument itemWith(Object... fieldsAndValues) {
        items.add(fieldsAndValues);
        return this;
    }

    public NewDocument scheduleLine(String item, String quantity) {
        scheduleLines.add(new Object[] {"ITM_NUMBER", item, "REQ_QTY", new BigDecimal(quantity)});
        return this;
    }

    /** The call, prepared and not yet executed. */
    public BapiCall call(JCoDestination destination) throws JCoException {
        BapiCall call = BapiCall.of(destination, function)
                .structure(prefix + "_HEADER_IN", "DOC_TYPE", documentType, "SALES_ORG", salesOrganization,
                        "DISTR_CHAN", "10", "DIVISION", "00", "PURCH_NO_C", purchaseOrder,
                        "REF_DOC", referenceDocument, "REFDOC_CAT", referenceCategory);
        if (validFrom != null) {
            call.structure(prefix + "_HEADER_IN", "QT_VALID_F", date(validFrom));
        }
        if (validTo != null) {
            call.structure(prefix + "_HEADER_IN", "QT_VALID_T", date(validTo));
        }
        if (customer != null) {
            call.row(prefix + "_PARTNERS", "PARTN_ROLE", "AG", "PARTN_NUMB", customer);
        }
        partners.forEach(p -> call.row(prefix + "_PARTNERS", p));
        items.forEach(i -> call.row(prefix + "_ITEMS_IN", i));
        scheduleLines.forEach(s -> call.row(prefix + "_SCHEDULES_IN", s));
        if (testRun) {
            call.set("TESTRUN", "X");
        }
        return call;
    }

    public BapiCall execute(JCoDestination destination) throws JCoException {
        return call(destination).execute(destination);
    }

    public static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
