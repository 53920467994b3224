package org.presalesbridge.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.presalesbridge.document.DocumentKind;

/**
 * The mapping tables between the CRM's codes and SAP's internal ones: units (ISO ↔ SAP, SAP's CUNIT exit),
 * partner functions (sold-to AG, ship-to WE), document types (AF, AG), the material number length and the
 * externalId's length. Defaults for a standard SAP are on the class path ({@value #DEFAULTS}); an integration team
 * points the setting {@code sap.mapping-file} at its own file, whose entries replace the defaults one by one.
 */
public final class CodeTables {

    public static final String DEFAULTS = "translation/sap-codes.properties";
    /** PURCH_NO_C's length on S/4HANA: no SAP takes a longer customer purchase order number. */
    private static final int EXTERNAL_ID_MAX = 35;
    /** An ISO unit code as the contract's {@code Unit} takes it. */
    private static final Pattern ISO_UNIT = Pattern.compile("[A-Z0-9]{2,3}");
    /** Length of SAP's internal unit (MEINS, TARGET_QU). */
    private static final int SAP_UNIT_LENGTH = 3;

    private final Map<String, String> unitToSap;
    private final Map<String, String> unitToIso;
    private final Properties codes;

    private CodeTables(OrderedCodes codes) {
        this.codes = codes;
        Map<String, String> toSap = new HashMap<>();
        Map<String, String> toIso = new HashMap<>();
        for (String key : codes.keysInOrder()) {
            if (key.startsWith("unit.")) {
                String iso = key.substring("unit.".length()).toUpperCase(Locale.ROOT);
                String sap = codes.getProperty(key).strip().toUpperCase(Locale.ROOT);
                checkUnit(key, iso, sap);
                toSap.put(iso, sap);
                toIso.putIfAbsent(sap, iso);
            }
        }
        this.unitToSap = Collections.unmodifiableMap(toSap);
        this.unitToIso = Collections.unmodifiableMap(toIso);
    }

    /**
     * A unit entry the adapter can use: the ISO code one the contract lets a CRM send (2 or 3 letters or digits),
     * the SAP unit one that fits SAP's field (TARGET_QU, 3), which would keep only the start of a longer one.
     */
    private static void checkUnit(String key, String iso, String sap) {
        if (!ISO_UNIT.matcher(iso).matches()) {
            throw new IllegalStateException("The mapping tables' entry " + key + " names an ISO unit a CRM cannot "
                    + "send: 2 or 3 letters or digits (the contract's Unit).");
        }
        if (sap.isEmpty() || sap.length() > SAP_UNIT_LENGTH) {
            throw new IllegalStateException("The mapping tables' entry " + key + "=" + sap + " needs an SAP unit of 1 "
                    + "to " + SAP_UNIT_LENGTH + " characters (TARGET_QU, T006-MSEHI).");
        }
    }

    /** The standard-SAP defaults. */
    public static CodeTables standard() {
        return load(null);
    }

    /** The defaults, overridden entry by entry by the team's file (blank: none). */
    public static CodeTables load(String teamFile) {
        OrderedCodes codes = new OrderedCodes();
        try (InputStream defaults = CodeTables.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (defaults == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the class path");
            }
            codes.load(new java.io.InputStreamReader(defaults, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (teamFile != null && !teamFile.isBlank()) {
            try (Reader reader = Files.newBufferedReader(Path.of(teamFile.strip()), StandardCharsets.UTF_8)) {
                codes.loadAhead(reader);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the mapping file " + teamFile + " (sap.mapping-file): "
                        + e.getMessage(), e);
            }
        }
        return new CodeTables(codes);
    }

    /** SAP's internal unit for an ISO code (PCE → ST), if the table knows it. */
    public Optional<String> sapUnit(String isoUnit) {
        return Optional.ofNullable(unitToSap.get(isoUnit.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The ISO code of an SAP unit (ST → PCE): of several ISO codes mapped to one SAP unit, the first, the team's file
     * before the defaults. An unmapped SAP unit is passed on as SAP writes it.
     */
    public String isoUnit(String sapUnit) {
        if (sapUnit == null || sapUnit.isBlank()) {
            return null;
        }
        String sap = sapUnit.strip();
        return unitToIso.getOrDefault(sap.toUpperCase(Locale.ROOT), sap);
    }

    public String soldToRole() {
        return code("partner-role.sold-to");
    }

    public String shipToRole() {
        return code("partner-role.ship-to");
    }

    /** SAP's document type for new documents of a kind (AF, AG, or a customer's own such as ZAF). */
    public String documentType(DocumentKind kind) {
        return code("document-type." + kind.label());
    }

    /** Length of SAP's material number (MATNR): 18, or 40 on S/4HANA. */
    public int materialLength() {
        return Integer.parseInt(code("material.length"));
    }

    /**
     * Length of the CRM's externalId in SAP (PURCH_NO_C, VBAK-BSTNK): 35, or 20 where a system has 20 there; an
     * {@link IllegalStateException} naming the entry when it is not a number from 1 to {@value #EXTERNAL_ID_MAX}.
     */
    public int externalIdLength() {
        String value = code("external-id.length").strip();
        int length;
        try {
            length = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            length = 0;
        }
        if (length < 1 || length > EXTERNAL_ID_MAX) {
            throw new IllegalStateException("external-id.length=" + value + " in the mapping tables (sap.mapping-file) "
                    + "must be a number from 1 to " + EXTERNAL_ID_MAX + ": the length of PURCH_NO_C and VBAK-BSTNK");
        }
        return length;
    }

    /** A material number in SAP's internal format: numeric ones zero-padded to the material length (MATN1). */
    public String sapMaterial(String material) {
        return Alpha.toSap(material, materialLength());
    }

    /**
     * The entries in the order that decides which ISO code an SAP unit goes back to: the team's file first, in its
     * order, then the defaults in theirs. {@link Properties} alone forgets the order of a file.
     */
    private static final class OrderedCodes extends Properties {

        private final LinkedHashSet<String> defaultKeys = new LinkedHashSet<>();
        private final LinkedHashSet<String> teamKeys = new LinkedHashSet<>();
        private LinkedHashSet<String> loading = defaultKeys;

        void loadAhead(Reader reader) throws IOException {
            loading = teamKeys;
            load(reader);
        }

        @Override
        public synchronized Object put(Object key, Object value) {
            loading.add((String) key);
            return super.put(key, value);
        }

        List<String> keysInOrder() {
            LinkedHashSet<String> order = new LinkedHashSet<>(teamKeys);
            order.addAll(defaultKeys);
            return List.copyOf(order);
        }
    }

    private String code(String key) {
        String value = codes.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The mapping table has no entry " + key);
        }
        return value.strip();
    }
}
