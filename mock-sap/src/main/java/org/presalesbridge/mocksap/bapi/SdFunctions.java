package org.presalesbridge.mocksap.bapi;

import java.util.HashMap;
import java.util.Map;

import com.sap.conn.jco.JCoFunctionTemplate;

import org.presalesbridge.mocksap.sd.DocumentCategory;
import org.presalesbridge.mocksap.sd.SdSystem;

/** The function modules of one simulated system, with their interfaces (templates) by name. */
public final class SdFunctions {

    public static final String COMMIT = TransactionCommit.NAME;
    /** What SAP writes into BAPIRET2-SYSTEM: the logical system of the answering client. */
    static final String LOGICAL_SYSTEM = "MOCKCLNT10";

    private final Map<String, FunctionModule> modules = new HashMap<>();
    private final Map<String, JCoFunctionTemplate> templates = new HashMap<>();

    public SdFunctions(SdSystem system) {
        add(new CreateDocument("BAPI_INQUIRY_CREATEFROMDATA2", DocumentCategory.INQUIRY, "INQUIRY"),
                SdDictionary.create("BAPI_INQUIRY_CREATEFROMDATA2", "INQUIRY"));
        add(new CreateDocument("BAPI_QUOTATION_CREATEFROMDATA2", DocumentCategory.QUOTATION, "QUOTATION"),
                SdDictionary.create("BAPI_QUOTATION_CREATEFROMDATA2", "QUOTATION"));
        add(new ChangeDocument("BAPI_CUSTOMERINQUIRY_CHANGE", DocumentCategory.INQUIRY, "INQUIRY"),
                SdDictionary.change("BAPI_CUSTOMERINQUIRY_CHANGE", "INQUIRY"));
        add(new ChangeDocument("BAPI_CUSTOMERQUOTATION_CHANGE", DocumentCategory.QUOTATION, "QUOTATION"),
                SdDictionary.change("BAPI_CUSTOMERQUOTATION_CHANGE", "QUOTATION"));
        add(new SimulateOrder(), SdDictionary.salesOrderSimulate());
        add(new DocumentDetail(), SdDictionary.detailedList());
        add(new DocumentList(system), SdDictionary.salesOrderList());
        add(new TransactionCommit(), SdDictionary.commit());
        add(new TransactionRollback(), SdDictionary.rollback());
        add(new Ping(), SdDictionary.ping());
        add(new ReadTable(system), SdDictionary.readTable());
    }

    private void add(FunctionModule module, JCoFunctionTemplate template) {
        if (!module.name().equals(template.getName())) {
            throw new IllegalStateException(module.name() + " declared as " + template.getName());
        }
        modules.put(module.name(), module);
        templates.put(module.name(), template);
    }

    /** The function module, or null when the system has none of that name. */
    public FunctionModule module(String name) {
        return modules.get(name);
    }

    /** The function's interface, or null when the system has no such function module. */
    public JCoFunctionTemplate template(String name) {
        return templates.get(name);
    }
}
