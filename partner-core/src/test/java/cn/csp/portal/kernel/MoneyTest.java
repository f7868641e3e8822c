package cn.csp.portal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest(name = "{0} rounds to {1}")
  @CsvSource({
    // the proration examples of spec 2.14: 10 seats x 11 x 21/31 = 74.516... -> 74.52 (HALF_UP)
    "74.516129, 74.52",
    "46.838709, 46.84",
    "0.085, 0.09",
    "0.084999, 0.08",
    "-74.516129, -74.52",
    "13.64, 13.64",
    "110, 110.00"
  })
  void roundsHalfUpToTheCent(String amount, String expected) {
    assertThat(Money.round(new BigDecimal(amount))).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "{0} has scale {1}")
  @CsvSource({"CNY, 2", "JPY, 0", "BHD, 3"})
  void usesTheCurrencyMinorUnit(String currency, int scale) {
    assertThat(Money.round(new BigDecimal("1.23456"), Currency.getInstance(currency)).scale())
        .isEqualTo(scale);
  }
}
