package org.presalesbridge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapter (src/main) never reaches into mock-sap: what runs in production is what is tested. */
class ArchitectureTest {

    private static final JavaClasses ADAPTER_AND_MOCK_SAP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.presalesbridge");

    @Test
    void adapterDoesNotUseTheSimulator() {
        noClasses().that().resideInAPackage("org.presalesbridge..")
                .and().resideOutsideOfPackage("org.presalesbridge.mocksap..")
                .should().dependOnClassesThat().resideInAPackage("org.presalesbridge.mocksap..")
                .check(ADAPTER_AND_MOCK_SAP);
    }

    @Test
    void onlyTheJcoConnectorSpeaksJco() {
        noClasses().that().resideInAPackage("org.presalesbridge..")
                .and().resideOutsideOfPackages("org.presalesbridge.mocksap..", "org.presalesbridge.sap.jco..")
                .should().dependOnClassesThat().resideInAPackage("com.sap.conn..")
                .check(ADAPTER_AND_MOCK_SAP);
    }
}
