package org.presalesbridge.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SapDatesTest {

    @Test
    void convertsIsoDatesToDatsAndBack() {
        LocalDate date = LocalDate.of(2030, 3, 31);

        assertThat(SapDates.toDats(date)).isEqualTo("20300331");
        assertThat(SapDates.fromDats("20300331")).isEqualTo(date);
        assertThat(SapDates.fromJco(SapDates.toJco(date))).isEqualTo(date);
    }

    @Test
    void readsSapsEmptyDateAsNoDate() {
        assertThat(SapDates.fromDats("00000000")).isNull();
        assertThat(SapDates.fromDats("        ")).isNull();
        assertThat(SapDates.toDats(null)).isEqualTo("00000000");
        assertThat(SapDates.fromJco(null)).isNull();
    }
}
