package org.presalesbridge.mocksap.bapi;

import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoParameterList;

import org.presalesbridge.mocksap.bapi.DocumentInput.Mode;
import org.presalesbridge.mocksap.sd.CreateRequest;
import org.presalesbridge.mocksap.sd.DocumentCategory;
import org.presalesbridge.mocksap.sd.SdResult;
import org.presalesbridge.mocksap.sd.SdSession;

/**
 * BAPI_INQUIRY_CREATEFROMDATA2 and BAPI_QUOTATION_CREATEFROMDATA2: one shape, told apart by the
 * parameter prefix and the document category they accept. Saves (never commits) the document and
 * exports its number in SALESDOCUMENT; with TESTRUN = 'X' only checks and prices.
 */
final class CreateDocument extends DocumentFunction {

    CreateDocument(String name, DocumentCategory category, String prefix) {
        super(name, category, DocumentParameters.create(prefix));
    }

    @Override
    public void execute(JCoFunction function, SdSession session) {
        JCoParameterList imports = function.getImportParameterList();
        JCoParameterList tables = function.getTableParameterList();
        boolean convert = Fields.isX(imports, "CONVERT");
        CreateRequest request = new CreateRequest(
                DocumentInput.header(imports.getStructure(parameters.headerIn()),
                        imports.getStructure(parameters.headerInX()), Mode.CREATE, convert),
                DocumentInput.items(tables.getTable(parameters.itemsIn()), tables.getTable(parameters.itemsInX()),
                        Mode.CREATE),
                DocumentInput.partners(tables.getTable(parameters.partners()), convert),
                DocumentInput.scheduleLines(tables.getTable(parameters.schedulesIn()),
                        tables.getTable(parameters.schedulesInX()), Mode.CREATE),
                DocumentInput.conditions(tables.getTable(parameters.conditionsIn()),
                        tables.getTable(parameters.conditionsInX()), Mode.CREATE),
                DocumentInput.texts(tables.getTable(parameters.texts())),
                Fields.text(imports, "SALESDOCUMENTIN"),
                Fields.isX(imports, "TESTRUN"));
        SdResult result = session.create(request, category);
        function.getExportParameterList().setValue("SALESDOCUMENT", result.documentNumber());
        ReturnMessages.append(tables.getTable("RETURN"), result.messages());
    }
}
