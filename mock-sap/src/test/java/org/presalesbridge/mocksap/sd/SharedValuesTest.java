package org.presalesbridge.mocksap.sd;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The database's documents share equal values, and only equal, immutable ones. */
class SharedValuesTest {

    private final SharedValues shared = new SharedValues();

    @Test
    void aValueEqualToOneMetBeforeComesBackAsThatOne() {
        Partner first = shared.share(soldTo("1000"));

        assertThat(shared.share(soldTo("1000"))).isSameAs(first);
        assertThat(shared.share(soldTo("1001"))).isNotSameAs(first).isEqualTo(soldTo("1001"));
    }

    @Test
    void aRecordIsRebuiltFromSharedPartsAndKeepsItsValue() {
        ScheduleLine first = shared.share(new ScheduleLine("0001", LocalDate.of(2030, 1, 1), new BigDecimal("5")));
        List<ScheduleLine> lines = List.of(new ScheduleLine("0001", LocalDate.of(2030, 1, 1), new BigDecimal("5")),
                new ScheduleLine("0002", LocalDate.of(2030, 1, 1), new BigDecimal("7.5")));

        List<ScheduleLine> kept = shared.share(lines);

        assertThat(kept).isEqualTo(lines);
        assertThat(kept.get(0)).isSameAs(first);
        assertThat(kept.get(1).requestedDate()).isSameAs(first.requestedDate());
    }

    @Test
    void amountsOfAnotherScaleStayApart() {
        BigDecimal twoAndAHalf = shared.share(new BigDecimal("2.5"));

        assertThat(shared.share(new BigDecimal("2.50"))).isNotSameAs(twoAndAHalf).hasToString("2.50");
    }

    @Test
    void aRecordHoldingAMutableListIsNeverMergedWithAnother() {
        record Names(List<String> names) {
        }
        shared.share(new Names(new ArrayList<>(List.of("A"))));
        List<String> mine = new ArrayList<>(List.of("A"));

        assertThat(shared.share(new Names(mine)).names()).isSameAs(mine);
    }

    private static Partner soldTo(String customer) {
        return new Partner("AG", new String(customer), Partner.HEADER_ITEM, "Becker Berlin", "Kurfuerstendamm 1",
                "10719", "Berlin", "DE");
    }
}
