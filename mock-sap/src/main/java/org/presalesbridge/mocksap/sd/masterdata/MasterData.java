package org.presalesbridge.mocksap.sd.masterdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The customizing and master data of the simulated SD system, read from CSV files (see
 * mock-sap/docs/simulated-sd.md for the files and their columns). Immutable once loaded.
 */
public final class MasterData {

    /** Where the files are packaged on the classpath. */
    public static final String CLASSPATH_FOLDER = "org/presalesbridge/mocksap/masterdata/";

    public static final String SALES_AREAS = "sales-areas.csv";
    public static final String CUSTOMERS = "customers.csv";
    public static final String CUSTOMER_SALES_AREAS = "customer-sales-areas.csv";
    public static final String MATERIALS = "materials.csv";
    public static final String MATERIAL_PRICES = "material-prices.csv";
    public static final String UNITS = "units.csv";
    public static final String DOCUMENT_TYPES = "document-types.csv";
    public static final String REJECTION_REASONS = "rejection-reasons.csv";
    public static final String MESSAGES = "messages.csv";

    private final Map<SalesArea, SalesAreaSettings> salesAreas;
    private final Map<String, Customer> customers;
    private final Map<String, Material> materials;
    private final Map<String, MaterialSalesData> materialSalesData;
    private final Map<String, UnitOfMeasure> units;
    private final Map<String, DocumentType> documentTypes;
    private final Map<String, RejectionReason> rejectionReasons;
    private final Map<String, MessageDefinition> messages;

    private MasterData(FileSource files) {
        this.salesAreas = readSalesAreas(files.open(SALES_AREAS));
        this.customers = readCustomers(files.open(CUSTOMERS), files.open(CUSTOMER_SALES_AREAS));
        this.materials = readMaterials(files.open(MATERIALS));
        this.units = readUnits(files.open(UNITS));
        this.materialSalesData = readMaterialPrices(files.open(MATERIAL_PRICES));
        this.documentTypes = readDocumentTypes(files.open(DOCUMENT_TYPES));
        this.rejectionReasons = readRejectionReasons(files.open(REJECTION_REASONS));
        this.messages = readMessages(files.open(MESSAGES));
    }

    /** The files packaged with mock-sap. */
    public static MasterData fromClasspath() {
        return new MasterData(MasterData::classpathFile);
    }

    /**
     * The files of a directory; a file the directory lacks comes from the classpath, so that a
     * team can override only, say, customers.csv.
     */
    public static MasterData fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("master data directory " + directory + " does not exist");
        }
        return new MasterData(name -> {
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file)) {
                return classpathFile(name);
            }
            try {
                return CsvTable.read(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        });
    }

    private static CsvTable classpathFile(String name) {
        InputStream stream = MasterData.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name);
        if (stream == null) {
            throw new IllegalStateException("master data file " + CLASSPATH_FOLDER + name + " is not on the classpath");
        }
        Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8);
        return CsvTable.read(name, reader);
    }

    @FunctionalInterface
    private interface FileSource {
        CsvTable open(String name);
    }

    // ---- lookups

    public Optional<SalesAreaSettings> salesArea(SalesArea area) {
        return Optional.ofNullable(salesAreas.get(area));
    }

    public Optional<Customer> customer(String number) {
        return Optional.ofNullable(customers.get(number));
    }

    public Optional<Material> material(String number) {
        return Optional.ofNullable(materials.get(number));
    }

    public Optional<MaterialSalesData> materialSalesData(String material, String salesOrganization,
                                                         String distributionChannel) {
        return Optional.ofNullable(materialSalesData.get(salesKey(material, salesOrganization, distributionChannel)));
    }

    public Optional<UnitOfMeasure> unit(String internalCode) {
        return Optional.ofNullable(units.get(internalCode));
    }

    public Optional<DocumentType> documentType(String code) {
        return Optional.ofNullable(documentTypes.get(code));
    }

    public List<DocumentType> documentTypes() {
        return List.copyOf(documentTypes.values());
    }

    public Optional<DocumentType> documentTypeOfCategory(char category) {
        return documentTypes.values().stream().filter(t -> t.category() == category).findFirst();
    }

    public Optional<RejectionReason> rejectionReason(String code) {
        return Optional.ofNullable(rejectionReasons.get(code));
    }

    public Map<String, MessageDefinition> messages() {
        return messages;
    }

    // ---- readers

    private static Map<SalesArea, SalesAreaSettings> readSalesAreas(CsvTable table) {
        Map<SalesArea, SalesAreaSettings> result = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            SalesArea area = new SalesArea(row.required("VKORG"), row.required("VTWEG"), row.required("SPART"));
            result.put(area, new SalesAreaSettings(area, row.required("WAERK"), row.get("VTEXT")));
        }
        return Map.copyOf(result);
    }

    private static Map<String, Customer> readCustomers(CsvTable customerTable, CsvTable salesAreaTable) {
        Map<String, Set<SalesArea>> areas = new HashMap<>();
        for (CsvTable.Row row : salesAreaTable.rows()) {
            areas.computeIfAbsent(ConversionExits.alphaInput(row.required("KUNNR")), k -> new HashSet<>())
                    .add(new SalesArea(row.required("VKORG"), row.required("VTWEG"), row.required("SPART")));
        }
        Map<String, Customer> result = new HashMap<>();
        for (CsvTable.Row row : customerTable.rows()) {
            String number = ConversionExits.alphaInput(row.required("KUNNR"));
            result.put(number, new Customer(number, row.required("NAME1"), row.get("STRAS"), row.get("PSTLZ"),
                    row.get("ORT01"), row.get("LAND1"), row.get("AUFSD"),
                    Set.copyOf(areas.getOrDefault(number, Set.of()))));
        }
        return Map.copyOf(result);
    }

    private static Map<String, Material> readMaterials(CsvTable table) {
        Map<String, Material> result = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String number = ConversionExits.materialInput(row.required("MATNR"));
            result.put(number, new Material(number, row.required("MAKTX"), row.required("MEINS"), row.get("MATKL")));
        }
        return Map.copyOf(result);
    }

    private Map<String, MaterialSalesData> readMaterialPrices(CsvTable table) {
        Map<String, MaterialSalesData> result = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String material = ConversionExits.materialInput(row.required("MATNR"));
            if (!materials.containsKey(material)) {
                throw row.invalid("MATNR", material + " is not in " + MATERIALS);
            }
            MaterialSalesData data = new MaterialSalesData(material, row.required("VKORG"), row.required("VTWEG"),
                    row.get("DWERK"), decimal(row, "KBETR"), row.required("KONWA"), decimal(row, "KPEIN"),
                    row.required("KMEIN"));
            result.put(salesKey(material, data.salesOrganization(), data.distributionChannel()), data);
        }
        return Map.copyOf(result);
    }

    private static Map<String, UnitOfMeasure> readUnits(CsvTable table) {
        return table.rows().stream()
                .map(row -> new UnitOfMeasure(row.required("MSEHI"), row.get("ISOCODE"), row.get("MSEHL")))
                .collect(Collectors.toUnmodifiableMap(UnitOfMeasure::internal, u -> u));
    }

    private static Map<String, DocumentType> readDocumentTypes(CsvTable table) {
        Map<String, DocumentType> result = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Set<Character> copyFrom = row.get("COPY_FROM_VBTYP").chars().mapToObj(c -> (char) c)
                    .collect(Collectors.toUnmodifiableSet());
            DocumentType type = new DocumentType(row.required("AUART"), single(row, "VBTYP"), single(row, "TRVOG"),
                    row.required("BEZEI"), row.required("PSTYV"), number(row, "NUMBER_FROM"),
                    number(row, "NUMBER_TO"), "X".equals(row.get("VALIDITY_REQUIRED")), copyFrom);
            if (type.numberFrom() > type.numberTo()) {
                throw row.invalid("NUMBER_FROM", "lies above NUMBER_TO");
            }
            result.put(type.code(), type);
        }
        return Map.copyOf(result);
    }

    private static Map<String, RejectionReason> readRejectionReasons(CsvTable table) {
        return table.rows().stream()
                .map(row -> new RejectionReason(row.required("ABGRU"), row.get("BEZEI")))
                .collect(Collectors.toUnmodifiableMap(RejectionReason::code, r -> r));
    }

    private static Map<String, MessageDefinition> readMessages(CsvTable table) {
        return table.rows().stream()
                .map(row -> new MessageDefinition(row.required("KEY"), row.required("ARBGB"), row.required("MSGNR"),
                        row.required("TEXT")))
                .collect(Collectors.toUnmodifiableMap(MessageDefinition::key, m -> m));
    }

    private static String salesKey(String material, String salesOrganization, String distributionChannel) {
        return material + "|" + salesOrganization + "|" + distributionChannel;
    }

    private static BigDecimal decimal(CsvTable.Row row, String column) {
        try {
            return new BigDecimal(row.required(column));
        } catch (NumberFormatException e) {
            throw row.invalid(column, "is not a number");
        }
    }

    private static long number(CsvTable.Row row, String column) {
        try {
            return Long.parseLong(row.required(column));
        } catch (NumberFormatException e) {
            throw row.invalid(column, "is not a number");
        }
    }

    private static char single(CsvTable.Row row, String column) {
        String value = row.required(column);
        if (value.length() != 1) {
            throw row.invalid(column, "must be one character");
        }
        return value.charAt(0);
    }
}
