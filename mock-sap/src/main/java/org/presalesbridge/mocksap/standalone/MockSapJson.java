package org.presalesbridge.mocksap.standalone;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of mock-sap's records, shared by the admin API, its HTTP client and the data
 * directory: dates and times as ISO text ({@code 2026-05-31}, durations {@code PT0.2S}), unknown
 * members ignored (SD records carry derived read-only members such as {@code error}).
 */
public final class MockSapJson {

    private MockSapJson() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
