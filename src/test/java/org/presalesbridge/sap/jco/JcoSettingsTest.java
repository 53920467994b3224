package org.presalesbridge.sap.jco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class JcoSettingsTest {

    @Test
    void neverShowsThePassword() {
        Properties destination = new Properties();
        destination.setProperty("jco.client.ashost", "sap.example.com");
        destination.setProperty("jco.client.user", "RFC_CRM");
        destination.setProperty("jco.client.passwd", "s3cr3t-Pa55");

        JcoSettings settings = new JcoSettings("PRESALES_BRIDGE", destination, 30000);

        assertThat(settings.describe()).contains("sap.example.com", "RFC_CRM").doesNotContain("s3cr3t-Pa55");
        assertThat(settings.toString()).doesNotContain("s3cr3t-Pa55");
        assertThat(settings.namesSapHost()).isTrue();
        assertThat(settings.namesInProcessSap()).isFalse();
    }
}
