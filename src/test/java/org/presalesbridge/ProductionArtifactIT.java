package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/** The production artifact holds the adapter and nothing of jco-mock or mock-sap, which could shadow SAP's JCo. */
class ProductionArtifactIT {

    @Test
    void adapterJarHoldsNoClassOfJcoMockOrMockSap() throws IOException {
        try (JarFile jar = new JarFile(Path.of("target", "presales-bridge.jar").toFile())) {
            List<String> entries = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();

            assertThat(entries).contains("org/presalesbridge/Application.class",
                    "org/presalesbridge/sap/jco/JcoSapConnector.class", "openapi/presales-bridge.json");
            assertThat(entries).noneMatch(name -> name.startsWith("com/sap/"))
                    .noneMatch(name -> name.contains("mocksap"));
            assertThat(jar.getManifest().getMainAttributes().getValue("Class-Path"))
                    .startsWith("jco/sapjco3.jar jco/ ");
        }
    }
}
