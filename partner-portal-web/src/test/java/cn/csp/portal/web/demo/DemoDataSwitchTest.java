package cn.csp.portal.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

class DemoDataSwitchTest {

  @ParameterizedTest(name = "embedded={0}, property={1} -> load={2}")
  @CsvSource({
    "true,  ,      true",
    "true,  false, false",
    "true,  true,  true",
    "false, ,      false",
    "false, false, false",
    "false, true,  true"
  })
  void demoDataLoadsInEmbeddedModeOrWhenSwitchedOn(
      boolean embeddedMode, String property, boolean expected) {
    MockEnvironment environment = new MockEnvironment();
    if (property != null) {
      environment.setProperty(DemoDataLoader.ENABLED_PROPERTY, property);
    }
    assertThat(DemoDataLoader.shouldLoad(environment, embeddedMode)).isEqualTo(expected);
  }
}
