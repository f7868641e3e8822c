package cn.csp.portal.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class PasswordPolicyTest {

  private static final String SIGN_IN_NAME = "user.1@fixture.partner.onmschina.cn";

  // A supplementary-plane ideograph (U+20000): one code point, two UTF-16 chars.
  private static final String EXT_B = new String(Character.toChars(0x20000));

  private final PasswordPolicy policy =
      new PasswordPolicy(PasswordEncoderFactories.createDelegatingPasswordEncoder());

  @ParameterizedTest
  @CsvSource({
    "Test!Passw0rd, user.1@fixture.partner.onmschina.cn",
    "Demo!Passw0rd, admin@contoso.partner.onmschina.cn",
    "Str0ng!Passphrase-2026, user.1@fixture.partner.onmschina.cn",
    "New!Passw0rd-2026, admin@contoso.partner.onmschina.cn"
  })
  void acceptsTheFixtureAndDemoPasswords(String password, String signInName) {
    assertThatCode(() -> policy.check(password, signInName)).doesNotThrowAnyException();
    assertThatCode(() -> policy.check(password, null)).doesNotThrowAnyException();
  }

  @Test
  void refusesFewerThanTwelveCharacters() {
    assertRefused("Short!Pw0rd", "password.tooShort");
    assertRefused("", "password.tooShort");
    assertRefused(null, "password.tooShort");
    assertThatThrownBy(() -> policy.check("password", SIGN_IN_NAME))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.arguments()).containsExactly(PasswordPolicy.MIN_LENGTH));
  }

  @Test
  void refusesMoreThan72BytesWhichIsAllBcryptReads() {
    String longest = "Correct horse battery staple! ".repeat(3).substring(0, 72);
    assertThatCode(() -> policy.check(longest, SIGN_IN_NAME)).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.check(longest + "x", SIGN_IN_NAME))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> {
              assertThat(v.messageKey()).isEqualTo("password.tooLong");
              assertThat(v.arguments()).containsExactly(PasswordPolicy.MAX_BYTES);
            });
  }

  @Test
  void countsCodePointsNotUtf16Chars() {
    assertThatCode(() -> policy.check("我的密码是一个很长的句子", SIGN_IN_NAME)).doesNotThrowAnyException();
    assertRefused("我的密码是一个很长的句", "password.tooShort");
    // 11 code points but 22 chars: still too short
    assertRefused(EXT_B.repeat(11), "password.tooShort");
    // 24 Chinese characters are 72 bytes of UTF-8: the longest allowed; 18 four-byte ones too
    assertThatCode(() -> policy.check("我的密码是一个很长的句子".repeat(2), SIGN_IN_NAME))
        .doesNotThrowAnyException();
    assertRefused("我的密码是一个很长的句子".repeat(2) + "啊", "password.tooLong");
    assertThatCode(() -> policy.check(EXT_B.repeat(18), SIGN_IN_NAME)).doesNotThrowAnyException();
    assertRefused(EXT_B.repeat(19), "password.tooLong");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "user.1@fixture.partner.onmschina.cn",
        "USER.1@Fixture.Partner.OnmsChina.cn",
        "MyNameIsUser.1-OK",
        "xxUSER.1xxxxxxx"
      })
  void refusesPasswordsContainingTheSignInName(String password) {
    assertRefused(password, "password.containsSignInName");
  }

  @Test
  void ignoresLocalPartsShorterThanThreeCharacters() {
    assertThatCode(() -> policy.check("Li-and-the-Sea-2026", "li@contoso.cn"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.check("LI@contoso.cn", "li@contoso.cn"))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("password.containsSignInName"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"qwerty123456", "1qaz2wsx3edc", "LeaveMeAlone", "LEAVEMEALONE"})
  void refusesListedPasswordsCaseInsensitively(String password) {
    assertRefused(password, "password.common");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234", // "password" + digits
        "Password2026!", // + digits and punctuation
        "sunshine!!!!", // + punctuation only
        "Football-2026", // separator counts as punctuation
        "trustno1!!!!", // listed base ending in a digit: "trustno1"
        "trustno12026"
      })
  void refusesListedPasswordsWithDigitsAndPunctuationAppended(String password) {
    assertRefused(password, "password.common");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hunter123456", // "hunter" is listed but shorter than 8: not looked up
        "1234password", // only a trailing suffix is stripped
        "password1234x", // the suffix must be at the end
        "my-password-1234" // the base must be a listed password itself
      })
  void acceptsWhatTheStrippingRuleDoesNotCover(String password) {
    assertThatCode(() -> policy.check(password, SIGN_IN_NAME)).doesNotThrowAnyException();
  }

  private void assertRefused(String password, String messageKey) {
    assertThatThrownBy(() -> policy.check(password, SIGN_IN_NAME))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(messageKey));
  }
}
