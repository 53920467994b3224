package org.presalesbridge.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presalesbridge.document.DocumentKind;

class CodeTablesTest {

    private final CodeTables standard = CodeTables.standard();

    @Test
    void translatesIsoUnitsToSapUnitsAndBack() {
        assertThat(standard.sapUnit("PCE")).contains("ST");
        assertThat(standard.sapUnit("kgm")).contains("KG");
        assertThat(standard.sapUnit("MTR")).contains("M");
        assertThat(standard.sapUnit("XYZ")).isEmpty();
        assertThat(standard.isoUnit("ST")).isEqualTo("PCE");
        assertThat(standard.isoUnit("KG")).isEqualTo("KGM");
        assertThat(standard.isoUnit("ZZ")).isEqualTo("ZZ");
    }

    @Test
    void knowsStandardPartnerFunctionsAndDocumentTypes() {
        assertThat(standard.soldToRole()).isEqualTo("AG");
        assertThat(standard.shipToRole()).isEqualTo("WE");
        assertThat(standard.documentType(DocumentKind.INQUIRY)).isEqualTo("AF");
        assertThat(standard.documentType(DocumentKind.QUOTATION)).isEqualTo("AG");
        assertThat(standard.sapMaterial("100200")).isEqualTo("000000000000100200");
        assertThat(standard.sapMaterial("M-01")).isEqualTo("M-01");
    }

    @Test
    void theExternalIdHasTheLengthOfPurchNoCAndATeamMayShortenItButNotPassIt(@TempDir Path folder)
            throws IOException {
        Path shorter = folder.resolve("shorter.properties");
        Files.writeString(shorter, "external-id.length=20\n");
        Path longer = folder.resolve("longer.properties");
        Files.writeString(longer, "external-id.length=36\n");

        assertThat(standard.externalIdLength()).isEqualTo(35);
        assertThat(CodeTables.load(shorter.toString()).externalIdLength()).isEqualTo(20);
        CodeTables tooLong = CodeTables.load(longer.toString());
        assertThatThrownBy(tooLong::externalIdLength).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("external-id.length=36").hasMessageContaining("from 1 to 35");
    }

    @Test
    void aUnitEntryTheAdapterCannotUseStopsTheLoadNamingIt(@TempDir Path folder) throws IOException {
        Path longSapUnit = folder.resolve("long-sap-unit.properties");
        Files.writeString(longSapUnit, "unit.BOX=KARTON\n");
        Path longIsoUnit = folder.resolve("long-iso-unit.properties");
        Files.writeString(longIsoUnit, "unit.CARTON=KAR\n");

        assertThatThrownBy(() -> CodeTables.load(longSapUnit.toString())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unit.BOX=KARTON").hasMessageContaining("1 to 3 characters");
        assertThatThrownBy(() -> CodeTables.load(longIsoUnit.toString())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unit.CARTON").hasMessageContaining("2 or 3 letters or digits");
    }

    @Test
    void aTeamsFileReplacesDefaultsEntryByEntry(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("codes.properties");
        Files.writeString(file, "document-type.quotation=ZQT\nunit.PCE=PC\nunit.BOX=KAR\n");

        CodeTables team = CodeTables.load(file.toString());

        assertThat(team.documentType(DocumentKind.QUOTATION)).isEqualTo("ZQT");
        assertThat(team.documentType(DocumentKind.INQUIRY)).isEqualTo("AF");
        assertThat(team.sapUnit("PCE")).contains("PC");
        assertThat(team.sapUnit("BOX")).contains("KAR");
        assertThat(team.sapUnit("KGM")).contains("KG");
    }

    @Test
    void anSapUnitGoesBackToTheFirstIsoCodeMappedToItTheTeamsFileBeforeTheDefaults(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("codes.properties");
        Files.writeString(file, "unit.EA=ST\nunit.C62=ST\nunit.H87=ST\nunit.PC=ST\nunit.NAR=ST\nunit.KGS=KG\nunit.KGM=KG\n");

        CodeTables team = CodeTables.load(file.toString());

        assertThat(team.isoUnit("ST")).isEqualTo("EA");
        assertThat(team.sapUnit("PCE")).contains("ST");
        assertThat(team.sapUnit("NAR")).contains("ST");
        assertThat(team.isoUnit("KG")).isEqualTo("KGS");
        assertThat(team.isoUnit("M")).isEqualTo("MTR");
    }
}
