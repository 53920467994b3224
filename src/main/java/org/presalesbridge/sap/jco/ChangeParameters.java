package org.presalesbridge.sap.jco;

import java.util.List;

import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoMetaData;

import org.presalesbridge.sap.SapFailure;

/**
 * The names of a change BAPI's header and item parameters, read from the function's own metadata as SAP gives it.
 * BAPI_CUSTOMERQUOTATION_CHANGE's are known ({@code QUOTATION_HEADER_IN}, {@code QUOTATION_ITEM_IN}, singular);
 * the inquiry one has the same shape, but its names are not confirmed publicly, so the first of the likely names
 * that the function has is taken. A function with none of them is not called: the answer says what was looked for.
 *
 * @param headerIn  the header (BAPISDH1), its X structure is this name + "X"
 * @param itemIn    the items (BAPISDITM), its X table is this name + "X"
 */
record ChangeParameters(String headerIn, String itemIn) {

    static ChangeParameters of(JCoFunction function, String prefix) {
        String header = first(function, function.getImportParameterList().getListMetaData(),
                List.of(prefix + "_HEADER_IN", "ORDER_HEADER_IN", "HEADER_IN"));
        String items = first(function, function.getTableParameterList().getListMetaData(),
                List.of(prefix + "_ITEM_IN", prefix + "_ITEMS_IN", "ORDER_ITEM_IN", "ITEM_IN"));
        return new ChangeParameters(header, items);
    }

    String headerInX() {
        return headerIn + "X";
    }

    String itemInX() {
        return itemIn + "X";
    }

    /** The first name the function has, with its X partner; else a failure naming what was looked for. */
    private static String first(JCoFunction function, JCoMetaData parameters, List<String> names) {
        for (String name : names) {
            if (parameters.hasField(name) && parameters.hasField(name + "X")) {
                return name;
            }
        }
        throw new SapFailure(function.getName() + " in this SAP has none of the parameters " + String.join(", ", names)
                + " (each with its X partner): the change was not sent. Its interface differs from a standard SAP's.",
                null);
    }
}
