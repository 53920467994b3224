package org.presalesbridge.mocksap.jco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import com.sap.conn.jco.ConversionException;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoMetaData;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoRuntimeException;
import com.sap.conn.jco.JCoStructure;
import com.sap.conn.jco.JCoTable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.jco.support.Systems;

/** Field access and conversions of JCo records, driven by the function's DDIC metadata. */
class RecordConversionTest {
    private Systems systems;
    private JCoFunction echo;
    private JCoParameterList imports;

    @BeforeEach
    void start() throws JCoException {
        systems = Systems.start("RECORDS");
        echo = systems.destination.getRepository().getFunction("Z_TEST_ECHO");
        imports = echo.getImportParameterList();
        TruncationLedger.clear();
    }

    @AfterEach
    void stop() {
        systems.stop();
    }

    private static Date date(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    @Test
    void recordsExposeTheFieldsTypesAndLengthsOfTheDictionary() {
        JCoMetaData meta = imports.getMetaData();
        assertThat(meta.getFieldCount()).isEqualTo(9);
        assertThat(meta.getType("I_CHAR")).isEqualTo(JCoMetaData.TYPE_CHAR);
        assertThat(meta.getLength("I_CHAR")).isEqualTo(10);
        assertThat(meta.getType("I_NUMC")).isEqualTo(JCoMetaData.TYPE_NUM);
        assertThat(meta.getType("I_BCD")).isEqualTo(JCoMetaData.TYPE_BCD);
        assertThat(meta.getDecimals("I_BCD")).isEqualTo(3);
        assertThat(meta.isStructure("I_BOX")).isTrue();
        assertThat(meta.getRecordTypeName("I_BOX")).isEqualTo("ZTEST_BOX");
        assertThat(meta.indexOf("NOPE")).isEqualTo(-1);
        JCoStructure box = imports.getStructure("I_BOX");
        assertThat(box.getMetaData().getName()).isEqualTo("ZTEST_BOX");
        assertThat(box.getMetaData().isTable("LINES")).isTrue();
        assertThat(box.getTable("LINES").getRecordMetaData().getName()).isEqualTo("ZTEST_LINE");
        assertThat(imports.isInitialized("I_CHAR")).isFalse();
        imports.setValue("I_CHAR", "A");
        assertThat(imports.isInitialized("I_CHAR")).isTrue();
        assertThat(imports.getValue(0)).isEqualTo("A");
    }

    @Test
    void anUnknownFieldIsAFieldNotFoundRuntimeException() {
        assertThatThrownBy(() -> imports.setValue("I_NOPE", "x"))
                .isInstanceOfSatisfying(JCoRuntimeException.class,
                        e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_FIELD_NOT_FOUND));
        assertThatThrownBy(() -> imports.getString("I_NOPE"))
                .isInstanceOfSatisfying(JCoRuntimeException.class,
                        e -> assertThat(e.getKey()).isEqualTo("JCO_ERROR_FIELD_NOT_FOUND"));
        assertThatThrownBy(() -> imports.getStructure("I_BOX").getValue("NOPE"))
                .isInstanceOfSatisfying(JCoRuntimeException.class,
                        e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_FIELD_NOT_FOUND));
    }

    @Test
    void numcPadsWithZerosAndRefusesLetters() {
        imports.setValue("I_NUMC", "10");
        assertThat(imports.getString("I_NUMC")).isEqualTo("000010");
        imports.setValue("I_NUMC", 42);
        assertThat(imports.getString("I_NUMC")).isEqualTo("000042");
        assertThat(imports.getInt("I_NUMC")).isEqualTo(42);
        imports.setValue("I_NUMC", "000000123"); // zeros beyond the length are no digits of the value
        assertThat(imports.getString("I_NUMC")).isEqualTo("000123");
        imports.setValue("I_NUMC", "0000000");
        assertThat(imports.getString("I_NUMC")).isEqualTo("000000");
        imports.setValue("I_NUMC", 42);
        assertThatThrownBy(() -> imports.setValue("I_NUMC", "12A"))
                .isInstanceOfSatisfying(ConversionException.class,
                        e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_CONVERSION));
        assertThatThrownBy(() -> imports.setValue("I_NUMC", "1234567"))
                .isInstanceOf(ConversionException.class);
        assertThat(imports.getString("I_NUMC")).isEqualTo("000042");
    }

    @Test
    void charLongerThanItsFieldIsCutAndTheCutIsInTheLedger() {
        imports.setValue("I_CHAR", "ABCDEFGHIJKLMN");
        assertThat(imports.getString("I_CHAR")).isEqualTo("ABCDEFGHIJ");
        assertThat(TruncationLedger.entries()).singleElement().satisfies(cut -> {
            assertThat(cut.field()).isEqualTo("I_CHAR");
            assertThat(cut.valueLength()).isEqualTo(14);
            assertThat(cut.fieldLength()).isEqualTo(10);
            assertThat(cut.keptValue()).isEqualTo("ABCDEFGHIJ");
        });
        imports.setValue("I_CHAR", "EXACTLY10!");
        imports.setValue("I_CHAR", "TRAILING  ");
        assertThat(TruncationLedger.count()).isEqualTo(1);
        imports.getStructure("I_BOX").getStructure("INNER").setValue("CODE", "TOOLONG");
        assertThat(TruncationLedger.entries()).last().satisfies(cut -> {
            assertThat(cut.record()).isEqualTo("ZTEST_INNER");
            assertThat(cut.keptValue()).isEqualTo("TOOL");
        });
    }

    @Test
    void datesAreJavaDatesAndTheInitialDateReadsNull() {
        assertThat(imports.getDate("I_DATE")).isNull();
        assertThat(imports.getValue("I_DATE")).isNull();
        imports.setValue("I_DATE", date(2026, 3, 31));
        assertThat(imports.getValue("I_DATE")).isInstanceOf(Date.class).isEqualTo(date(2026, 3, 31));
        assertThat(imports.getString("I_DATE")).isEqualTo("20260331");
        imports.setValue("I_DATE", "20251224");
        assertThat(imports.getDate("I_DATE")).isEqualTo(date(2025, 12, 24));
        imports.setValue("I_DATE", "00000000");
        assertThat(imports.getDate("I_DATE")).isNull();
        assertThatThrownBy(() -> imports.setValue("I_DATE", "20261341")).isInstanceOf(ConversionException.class);
    }

    @Test
    void bcdIsABigDecimalWithTheFieldsScaleAndRefusesTooManyIntegerDigits() {
        assertThat(imports.getBigDecimal("I_BCD")).isEqualByComparingTo("0").extracting(BigDecimal::scale)
                .isEqualTo(3);
        imports.setValue("I_BCD", "12.5");
        assertThat(imports.getValue("I_BCD")).isEqualTo(new BigDecimal("12.500"));
        imports.setValue("I_BCD", 7);
        assertThat(imports.getBigDecimal("I_BCD")).isEqualTo(new BigDecimal("7.000"));
        imports.setValue("I_BCD", new BigDecimal("9999999999.999"));
        assertThat(imports.getBigDecimal("I_BCD").scale()).isEqualTo(3);
        assertThatThrownBy(() -> imports.setValue("I_BCD", new BigDecimal("10000000000")))
                .isInstanceOfSatisfying(ConversionException.class,
                        e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_CONVERSION));
        assertThatThrownBy(() -> imports.setValue("I_BCD", "1,5")).isInstanceOf(ConversionException.class);
    }

    @Test
    void integersAndTextConvertByTheFieldType() {
        imports.setValue("I_INT", "17");
        assertThat(imports.getValue("I_INT")).isEqualTo(17);
        assertThat(imports.getString("I_INT")).isEqualTo("17");
        assertThatThrownBy(() -> imports.setValue("I_INT", "1.5")).isInstanceOf(ConversionException.class);
        imports.setValue("I_CHAR", "abc");
        assertThatThrownBy(() -> imports.getInt("I_CHAR")).isInstanceOf(ConversionException.class);
        assertThat(imports.getString("I_STRING")).isEmpty();
        imports.setValue("I_FLOAT", Double.NaN);
        assertThat(imports.getDouble("I_FLOAT")).isNaN();
        imports.setValue("I_FLOAT", 0.1f);
        assertThat(imports.getDouble("I_FLOAT")).isEqualTo((double) 0.1f);
    }

    @Test
    void aClonedParameterListKeepsItsInactiveParameters() {
        imports.setActive("I_CHAR", false);
        JCoParameterList copy = (JCoParameterList) imports.clone();
        assertThat(copy.isActive("I_CHAR")).isFalse();
        assertThat(copy.isActive("I_NUMC")).isTrue();
    }

    @Test
    void tablesNavigateAppendInsertAndDeleteRows() {
        JCoTable lines = echo.getTableParameterList().getTable("T_IN");
        assertThat(lines.isEmpty()).isTrue();
        assertThat(lines.getNumRows()).isZero();
        assertThat(lines.nextRow()).isFalse();
        lines.appendRow();
        lines.setValue("TEXT", "first");
        lines.appendRow();
        lines.setValue("TEXT", "third");
        lines.insertRow(1);
        lines.setValue("TEXT", "second");
        assertThat(lines.getNumRows()).isEqualTo(3);
        assertThat(lines.getRow()).isEqualTo(1);

        lines.firstRow();
        assertThat(lines.isFirstRow()).isTrue();
        StringBuilder seen = new StringBuilder(lines.getString("TEXT"));
        while (lines.nextRow()) {
            seen.append(',').append(lines.getString("TEXT"));
        }
        assertThat(seen).hasToString("first,second,third");
        assertThat(lines.isLastRow()).isTrue();

        lines.setRow(0);
        lines.deleteRow();
        assertThat(lines.getNumRows()).isEqualTo(2);
        assertThat(lines.getString("TEXT")).isEqualTo("second");
        lines.deleteRow(1);
        assertThat(lines.getNumRows()).isEqualTo(1);
        assertThat(lines.getString("TEXT")).isEqualTo("second");

        assertThatThrownBy(() -> lines.setRow(1))
                .isInstanceOfSatisfying(JCoRuntimeException.class,
                        e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_ILLEGAL_ARGUMENT));
        assertThatThrownBy(() -> lines.setRow(-1)).isInstanceOf(JCoRuntimeException.class);

        lines.appendRows(2);
        assertThat(lines.getNumRows()).isEqualTo(3);
        assertThat(lines.getRow()).isEqualTo(1);
        lines.appendRows(0);
        assertThat(lines.getRow()).isEqualTo(1);
        lines.deleteAllRows();
        assertThat(lines.isEmpty()).isTrue();
        assertThatThrownBy(() -> lines.getString("TEXT")).isInstanceOf(JCoRuntimeException.class);
    }

    @Test
    void aParameterListTheFunctionLacksIsNull() throws JCoException {
        JCoFunction commit = systems.destination.getRepository().getFunction("BAPI_TRANSACTION_COMMIT");
        assertThat(commit.getImportParameterList()).isNotNull();
        assertThat(commit.getChangingParameterList()).isNull();
        assertThat(commit.getTableParameterList()).isNull();
        JCoFunction ping = systems.destination.getRepository().getFunction("RFC_PING");
        assertThat(ping.getImportParameterList()).isNull();
        assertThat(ping.getExportParameterList()).isNull();
    }
}
