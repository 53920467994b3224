package org.presalesbridge.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlphaTest {

    @Test
    void padsNumericNumbersToTheirFieldLength() {
        assertThat(Alpha.toSap("1000", 10)).isEqualTo("0000001000");
        assertThat(Alpha.toSap("0000001000", 10)).isEqualTo("0000001000");
        assertThat(Alpha.toSap("10", 6)).isEqualTo("000010");
        assertThat(Alpha.toSap("100200", 18)).isEqualTo("000000000000100200");
    }

    @Test
    void takesNumbersWithLettersAsTheyAreInUpperCase() {
        assertThat(Alpha.toSap("m-01", 18)).isEqualTo("M-01");
        assertThat(Alpha.toSap("CUST01", 10)).isEqualTo("CUST01");
    }

    @Test
    void stripsLeadingZerosOnTheWayBack() {
        assertThat(Alpha.toCrm("0000001000")).isEqualTo("1000");
        assertThat(Alpha.toCrm("0000000000")).isEqualTo("0");
        assertThat(Alpha.toCrm("M-01      ")).isEqualTo("M-01");
        assertThat(Alpha.toCrm(Alpha.toSap("1000", 10))).isEqualTo("1000");
    }

    @Test
    void refusesNumbersLongerThanTheirField() {
        assertThatThrownBy(() -> Alpha.toSap("12345678901", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Alpha.fits("0012345678", 10)).isTrue();
        assertThat(Alpha.fits("12345678901", 10)).isFalse();
        assertThat(Alpha.fits("", 10)).isFalse();
    }

    @Test
    void keepsOneZeroOfAValueOfZerosOnly() {
        assertThat(Alpha.withoutLeadingZeros("0020000001")).isEqualTo("20000001");
        assertThat(Alpha.withoutLeadingZeros("000")).isEqualTo("0");
        assertThat(Alpha.withoutLeadingZeros("0")).isEqualTo("0");
        assertThat(Alpha.withoutLeadingZeros("")).isEmpty();
        assertThat(Alpha.withoutLeadingZeros("10")).isEqualTo("10");
    }
}
