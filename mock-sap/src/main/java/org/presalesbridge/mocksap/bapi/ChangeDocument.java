package org.presalesbridge.mocksap.bapi;

import java.util.List;

import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoStructure;

import org.presalesbridge.mocksap.bapi.DocumentInput.Mode;
import org.presalesbridge.mocksap.sd.ChangeRequest;
import org.presalesbridge.mocksap.sd.DocumentCategory;
import org.presalesbridge.mocksap.sd.MessageKey;
import org.presalesbridge.mocksap.sd.SdResult;
import org.presalesbridge.mocksap.sd.SdSession;

/**
 * BAPI_CUSTOMERINQUIRY_CHANGE and BAPI_CUSTOMERQUOTATION_CHANGE: header (BAPISDH1 with BAPISDH1X,
 * UPDATEFLAG 'U'), items (ITEM_IN/ITEM_INX with UPDATEFLAG I, U, D), partners (PARTNERCHANGES),
 * schedule lines, conditions, texts. Saves (never commits); SIMULATION = 'X' only checks.
 */
final class ChangeDocument extends DocumentFunction {

    ChangeDocument(String name, DocumentCategory category, String prefix) {
        super(name, category, DocumentParameters.change(prefix));
    }

    @Override
    public void execute(JCoFunction function, SdSession session) {
        JCoParameterList imports = function.getImportParameterList();
        JCoParameterList tables = function.getTableParameterList();
        JCoStructure headerX = imports.getStructure(parameters.headerInX());
        char headerFlag = Fields.flag(headerX, "UPDATEFLAG");
        if (headerFlag != 'U') {
            // SAP: "The update indicator in …_HEADER_INX must always be entered" (U)
            ReturnMessages.append(tables.getTable("RETURN"), List.of(
                    session.messages().error(MessageKey.UPDATE_FLAG_INVALID, String.valueOf(headerFlag).strip(),
                            parameters.headerInX()).at(parameters.headerInX(), 0, "UPDATEFLAG"),
                    session.messages().error(MessageKey.DOCUMENT_NOT_CHANGED)));
            return;
        }
        ChangeRequest request = new ChangeRequest(
                Fields.text(imports, "SALESDOCUMENT"),
                DocumentInput.header(imports.getStructure(parameters.headerIn()), headerX, Mode.CHANGE, false),
                DocumentInput.items(tables.getTable(parameters.itemsIn()), tables.getTable(parameters.itemsInX()),
                        Mode.CHANGE),
                DocumentInput.partnerChanges(tables.getTable("PARTNERCHANGES")),
                DocumentInput.scheduleLines(tables.getTable(parameters.schedulesIn()),
                        tables.getTable(parameters.schedulesInX()), Mode.CHANGE),
                DocumentInput.conditions(tables.getTable(parameters.conditionsIn()),
                        tables.getTable(parameters.conditionsInX()), Mode.CHANGE),
                DocumentInput.texts(tables.getTable(parameters.texts())),
                Fields.isX(imports, "SIMULATION"));
        SdResult result = session.change(request, category);
        ReturnMessages.append(tables.getTable("RETURN"), result.messages());
    }
}
