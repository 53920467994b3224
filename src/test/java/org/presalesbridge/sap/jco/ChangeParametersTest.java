package org.presalesbridge.sap.jco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sap.conn.jco.JCoFunction;
import org.junit.jupiter.api.Test;

import org.presalesbridge.mocksap.ddic.FunctionInterface;
import org.presalesbridge.mocksap.ddic.Structure;
import org.presalesbridge.mocksap.jco.RecordMeta;
import org.presalesbridge.sap.SapFailure;

/**
 * The change BAPI's parameter names come from the function as this SAP defines it: the inquiry change's are not
 * confirmed publicly, so an SAP that names its items {@code INQUIRY_ITEMS_IN} is served as well as one with
 * {@code INQUIRY_ITEM_IN}, and one with neither is refused before the call with what was looked for.
 */
class ChangeParametersTest {

    private static final RecordMeta ROW = Structure.named("ZROW").chars("ITM_NUMBER", 6).build();

    @Test
    void theQuotationChangesNamesAsSapDocumentsThem() {
        ChangeParameters names = ChangeParameters.of(change("BAPI_CUSTOMERQUOTATION_CHANGE", "QUOTATION_HEADER_IN",
                "QUOTATION_ITEM_IN"), "QUOTATION");

        assertThat(names).isEqualTo(new ChangeParameters("QUOTATION_HEADER_IN", "QUOTATION_ITEM_IN"));
        assertThat(names.headerInX()).isEqualTo("QUOTATION_HEADER_INX");
        assertThat(names.itemInX()).isEqualTo("QUOTATION_ITEM_INX");
    }

    @Test
    void anInquiryChangeWithItemsInThePluralIsServedFromItsMetadata() {
        ChangeParameters names = ChangeParameters.of(change("BAPI_CUSTOMERINQUIRY_CHANGE", "INQUIRY_HEADER_IN",
                "INQUIRY_ITEMS_IN"), "INQUIRY");

        assertThat(names).isEqualTo(new ChangeParameters("INQUIRY_HEADER_IN", "INQUIRY_ITEMS_IN"));
    }

    @Test
    void aFunctionWithoutKnownItemParametersIsRefusedNamingWhatWasLookedFor() {
        JCoFunction function = FunctionInterface.named("BAPI_CUSTOMERINQUIRY_CHANGE")
                .importing("INQUIRY_HEADER_IN", ROW, true).importing("INQUIRY_HEADER_INX", ROW, true)
                .tables("INQUIRY_ITEM_IN", ROW, true) // without its X table: not the item parameters
                .tables("POSITIONS", ROW, true).tables("POSITIONSX", ROW, true)
                .build().getFunction();

        assertThatThrownBy(() -> ChangeParameters.of(function, "INQUIRY"))
                .isInstanceOf(SapFailure.class)
                .hasMessageStartingWith("BAPI_CUSTOMERINQUIRY_CHANGE in this SAP has none of the parameters "
                        + "INQUIRY_ITEM_IN, INQUIRY_ITEMS_IN, ORDER_ITEM_IN, ITEM_IN");
    }

    private static JCoFunction change(String name, String header, String items) {
        return FunctionInterface.named(name)
                .importingChar("SALESDOCUMENT", 10, false)
                .importing(header, ROW, true).importing(header + "X", ROW, true)
                .tables(items, ROW, true).tables(items + "X", ROW, true)
                .build().getFunction();
    }
}
