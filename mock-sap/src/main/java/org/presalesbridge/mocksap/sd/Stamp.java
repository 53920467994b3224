package org.presalesbridge.mocksap.sd;

import java.time.LocalDate;
import java.time.LocalTime;

/** Who did something when: ERDAT, ERZET, ERNAM on a created record. */
public record Stamp(LocalDate date, LocalTime time, String user) {
}
