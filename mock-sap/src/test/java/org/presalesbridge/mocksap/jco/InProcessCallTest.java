package org.presalesbridge.mocksap.jco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoStructure;
import com.sap.conn.jco.JCoTable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.jco.support.Systems;

/** Calls through the in-process transport and the wire codec: every type crosses, nothing is shared. */
class InProcessCallTest {
    private Systems systems;

    @BeforeEach
    void start() throws JCoException {
        systems = Systems.start("INPROCESS");
    }

    @AfterEach
    void stop() {
        systems.stop();
    }

    private JCoFunction echo() throws JCoException {
        return systems.destination.getRepository().getFunction("Z_TEST_ECHO");
    }

    private static Date date(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static void fillLine(com.sap.conn.jco.JCoRecord line) {
        line.setValue("TEXT", "line");
        line.setValue("NUM", "7");
        line.setValue("DAY", date(2026, 1, 2));
        line.setValue("AMOUNT", new BigDecimal("-1234.5"));
        line.setValue("COUNT", -3);
        line.getStructure("INNER").setValue("CODE", "AB");
    }

    private static void fillImports(JCoFunction function) {
        JCoParameterList imports = function.getImportParameterList();
        imports.setValue("I_CHAR", "hello");
        imports.setValue("I_NUMC", "10");
        imports.setValue("I_DATE", date(2026, 11, 22));
        imports.setValue("I_TIME", "235959");
        imports.setValue("I_BCD", new BigDecimal("-98765.432"));
        imports.setValue("I_INT", Integer.MIN_VALUE);
        imports.setValue("I_FLOAT", 0.1);
        imports.setValue("I_STRING", "ünïcödé € and a long text");
        JCoStructure box = imports.getStructure("I_BOX");
        box.setValue("TEXT", "box");
        box.getStructure("INNER").setValue("SEQ", 5);
        JCoTable lines = box.getTable("LINES");
        lines.appendRow();
        lines.setValue("TEXT", "nested");
        lines.getStructure("INNER").setValue("CODE", "NE");
        lines.appendRow();
        lines.setValue("COUNT", 2);
    }

    @Test
    void everyTypeTravelsThroughTheCodecAndBack() throws JCoException {
        JCoFunction caller = echo();
        fillImports(caller);
        fillLine(caller.getChangingParameterList().getStructure("C_STRUCT"));

        JCoFunction server = echo();
        FunctionCodec.readRequest(FunctionCodec.request(caller), server);

        JCoParameterList got = server.getImportParameterList();
        JCoParameterList sent = caller.getImportParameterList();
        for (String name : new String[] {"I_CHAR", "I_NUMC", "I_DATE", "I_TIME", "I_BCD", "I_INT", "I_FLOAT",
                "I_STRING"}) {
            assertThat(got.getValue(name)).as(name).isEqualTo(sent.getValue(name));
            assertThat(got.isInitialized(name)).as(name).isTrue();
        }
        JCoStructure box = got.getStructure("I_BOX");
        assertThat(box.getString("TEXT")).isEqualTo("box");
        assertThat(box.getStructure("INNER").getString("SEQ")).isEqualTo("005");
        assertThat(box.getTable("LINES").getNumRows()).isEqualTo(2);
        box.getTable("LINES").setRow(0);
        assertThat(box.getTable("LINES").getStructure("INNER").getString("CODE")).isEqualTo("NE");
        box.getTable("LINES").setRow(1);
        assertThat(box.getTable("LINES").getInt("COUNT")).isEqualTo(2);
        assertThat(box.getTable("LINES").isInitialized("TEXT")).isFalse();

        JCoStructure line = server.getChangingParameterList().getStructure("C_STRUCT");
        assertThat(line.getValue("DAY")).isEqualTo(date(2026, 1, 2));
        assertThat(line.getBigDecimal("AMOUNT")).isEqualTo(new BigDecimal("-1234.50"));
        assertThat(line.getString("NUM")).isEqualTo("000007");
        assertThat(line.getInt("COUNT")).isEqualTo(-3);

        assertThat(server.getTableParameterList().getTable("T_IN").isEmpty()).isTrue();
        assertThat(server.getExportParameterList().isInitialized("E_CHAR")).isFalse();
    }

    @Test
    void unsetValuesAndEmptyTablesStayUnset() throws JCoException {
        JCoFunction caller = echo();
        caller.getTableParameterList().getTable("T_IN");
        JCoFunction server = echo();
        FunctionCodec.readRequest(FunctionCodec.request(caller), server);
        JCoParameterList got = server.getImportParameterList();
        for (int i = 0; i < got.getFieldCount(); i++) {
            assertThat(got.isInitialized(i)).as(got.getMetaData().getName(i)).isFalse();
        }
        assertThat(server.getTableParameterList().getTable("T_IN").getNumRows()).isZero();
        assertThat(got.getString("I_NUMC")).isEqualTo("000000");
        assertThat(got.getDate("I_DATE")).isNull();
    }

    @Test
    void executeEchoesEveryTypeAndFillsTheCallersTablesInPlace() throws JCoException {
        JCoFunction function = echo();
        fillImports(function);
        JCoTable in = function.getTableParameterList().getTable("T_IN");
        in.appendRow();
        fillLine(in);
        in.appendRow();
        in.setValue("TEXT", "second");
        JCoTable out = function.getTableParameterList().getTable("T_OUT");
        out.appendRow();
        out.setValue("TEXT", "stale");
        JCoStructure exportedBox = function.getExportParameterList().getStructure("E_BOX");
        JCoTable exportedLines = exportedBox.getTable("LINES");
        JCoStructure exportedInner = exportedBox.getStructure("INNER");
        JCoStructure changing = function.getChangingParameterList().getStructure("C_STRUCT");
        changing.setValue("TEXT", "hi");

        function.execute(systems.destination);

        JCoParameterList exports = function.getExportParameterList();
        JCoParameterList imports = function.getImportParameterList();
        for (String type : new String[] {"CHAR", "NUMC", "DATE", "TIME", "BCD", "INT", "FLOAT", "STRING"}) {
            assertThat(exports.getValue("E_" + type)).as(type).isEqualTo(imports.getValue("I_" + type));
        }
        assertThat(exports.getBigDecimal("E_BCD")).isEqualTo(new BigDecimal("-98765.432"));
        assertThat(exportedBox.getString("TEXT")).isEqualTo("box");
        assertThat(exportedBox.getTable("LINES")).isSameAs(exportedLines);
        assertThat(exportedLines.getNumRows()).isEqualTo(2);
        assertThat(exportedInner.getString("SEQ")).isEqualTo("005");
        assertThat(out.getNumRows()).isEqualTo(2);
        out.setRow(0);
        assertThat(out.getString("TEXT")).isEqualTo("line");
        assertThat(out.getBigDecimal("AMOUNT")).isEqualTo(new BigDecimal("-1234.50"));
        assertThat(out.getStructure("INNER").getString("CODE")).isEqualTo("AB");
        out.setRow(1);
        assertThat(out.getString("TEXT")).isEqualTo("second");
        assertThat(changing.getString("TEXT")).isEqualTo("hi!");
    }

    @Test
    void theServerCannotChangeTheCallersImports() throws JCoException {
        JCoFunction function = echo();
        function.getImportParameterList().setValue("I_CHAR", "mine");
        JCoStructure box = function.getImportParameterList().getStructure("I_BOX");
        box.setValue("TEXT", "mine too");
        JCoTable in = function.getTableParameterList().getTable("T_IN");
        in.appendRow();
        in.setValue("TEXT", "row");

        function.execute(systems.destination);

        assertThat(function.getImportParameterList().getString("I_CHAR")).isEqualTo("mine");
        assertThat(box.getString("TEXT")).isEqualTo("mine too");
        // T_IN is a TABLES parameter: SAP's answer replaces it; the server deleted the rows of its copy
        assertThat(in.getNumRows()).isZero();
        assertThat(function.getTableParameterList().getTable("T_OUT").getNumRows()).isEqualTo(1);
    }

    @Test
    void getFunctionOfAnUnknownFunctionModuleIsNull() throws JCoException {
        assertThat(systems.destination.getRepository().getFunction("Z_DOES_NOT_EXIST")).isNull();
        assertThat(systems.destination.getRepository().getFunctionTemplate("Z_DOES_NOT_EXIST")).isNull();
        assertThat(systems.destination.getRepository().getFunction("z_test_echo")).isNotNull();
    }

    @Test
    void aCommunicationErrorDropsThatConnection() throws JCoException {
        systems.destination.getRepository().getFunction("RFC_PING").execute(systems.destination);
        int first = systems.sap.sessionOfLast("RFC_PING");

        JCoFunction breaking = systems.destination.getRepository().getFunction("Z_TEST_BREAK");
        assertThatThrownBy(() -> breaking.execute(systems.destination))
                .isInstanceOfSatisfying(JCoException.class,
                        e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_COMMUNICATION));
        assertThat(systems.sap.sessionOfLast("Z_TEST_BREAK")).isEqualTo(first);

        systems.destination.getRepository().getFunction("RFC_PING").execute(systems.destination);
        assertThat(systems.sap.sessionOfLast("RFC_PING")).isNotEqualTo(first);
        assertThat(systems.sap.logons()).isEqualTo(2);
    }

    @Test
    void statelessCallsReuseThePooledConnectionAfterAReset() throws JCoException {
        systems.destination.getRepository().getFunction("RFC_PING").execute(systems.destination);
        systems.destination.getRepository().getFunction("RFC_PING").execute(systems.destination);
        assertThat(systems.sap.logons()).isEqualTo(1);
        assertThat(systems.sap.resets()).isEqualTo(2);
    }
}
