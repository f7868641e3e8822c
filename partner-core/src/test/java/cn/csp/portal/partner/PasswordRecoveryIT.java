package cn.csp.portal.partner;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import cn.csp.portal.testsupport.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Self-service password recovery (spec 2.9) with real mail through the in-process SMTP server. */
@IntegrationTest
class PasswordRecoveryIT {

  private static final String NEW_PASSWORD = "Str0ng!Passphrase-2026";

  @Autowired PasswordRecovery recovery;
  @Autowired PartnerAccounts partners;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired JdbcClient jdbc;

  private String email;
  private String address;

  @BeforeEach
  void user() {
    UUID partnerId = partners.createPartner(aPartner(), Actor.system("test"));
    NewPartnerUser user = aUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    partners.addUser(partnerId, user, Actor.system("test"));
    email = user.email();
    // each test its own client address, so the per-address limit does not leak between tests
    address = "198.51.100." + PartnerFixtures.uniqueMpnId().substring(0, 2);
  }

  private String mailedCode(int number) {
    MimeMessage mail = TestMailServer.get().awaitMessage(email, number);
    return TestMailServer.code(mail).orElseThrow();
  }

  @Test
  void aMailedCodeSetsANewPasswordOnce() {
    recovery.requestCode(email.toUpperCase(Locale.ROOT), address, Locale.ENGLISH);
    MimeMessage mail = TestMailServer.get().awaitMessage(email, 1);
    assertThat(TestMailServer.subject(mail)).isEqualTo("Your Partner Center verification code");
    String code = TestMailServer.code(mail).orElseThrow();

    recovery.resetPassword(email, code, NEW_PASSWORD, address);
    assertThat(
            passwordEncoder.matches(
                NEW_PASSWORD, partners.findSignIn(email).orElseThrow().passwordHash()))
        .isTrue();
    assertInvalid(() -> recovery.resetPassword(email, code, "Another!Passw0rd-99", address));
  }

  @Test
  void wrongCodesAreCountedAndTheFifthEndsTheCode() {
    recovery.requestCode(email, address, Locale.SIMPLIFIED_CHINESE);
    String code = mailedCode(1);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      assertInvalid(() -> recovery.resetPassword(email, wrong, NEW_PASSWORD, address));
    }
    assertInvalid(() -> recovery.resetPassword(email, code, NEW_PASSWORD, address));
  }

  @Test
  void anExpiredCodeIsRefused() {
    recovery.requestCode(email, address, Locale.ENGLISH);
    String code = mailedCode(1);
    jdbc.sql(
            "update password_recovery_request set expires_at = now() - interval '1 minute'"
                + " where user_id = (select id from partner_user where email = ?)")
        .param(email)
        .update();
    assertInvalid(() -> recovery.resetPassword(email, code, NEW_PASSWORD, address));
  }

  @Test
  void aNewCodeReplacesTheEarlierOne() {
    recovery.requestCode(email, address, Locale.ENGLISH);
    String first = mailedCode(1);
    recovery.requestCode(email, address, Locale.ENGLISH);
    String second = mailedCode(2);
    if (!first.equals(second)) {
      assertInvalid(() -> recovery.resetPassword(email, first, NEW_PASSWORD, address));
    }
    recovery.resetPassword(email, second, NEW_PASSWORD, address);
  }

  @Test
  void requestsAreLimitedPerUser() throws Exception {
    for (int i = 0; i < 4; i++) {
      recovery.requestCode(email, address, Locale.ENGLISH);
    }
    TestMailServer.get().awaitMessage(email, 3);
    Thread.sleep(300);
    assertThat(TestMailServer.get().messagesTo(email)).hasSize(3);
  }

  @Test
  void unknownNamesLookTheSameAndCountTowardsTheAddressLimit() {
    String probe = "198.51.200." + PartnerFixtures.uniqueMpnId().substring(0, 2);
    for (int i = 0; i < 10; i++) {
      recovery.requestCode("nobody" + i + "@example.cn", probe, Locale.ENGLISH);
    }
    // the address is now over its limit: even a real user gets no code from it
    recovery.requestCode(email, probe, Locale.ENGLISH);
    assertThat(TestMailServer.get().messagesTo(email)).isEmpty();
    assertInvalid(
        () -> recovery.resetPassword("nobody0@example.cn", "123456", NEW_PASSWORD, probe));
  }

  @Test
  void aRefusedPasswordKeepsTheCodeUsable() {
    recovery.requestCode(email, address, Locale.ENGLISH);
    String code = mailedCode(1);
    assertThatThrownBy(() -> recovery.resetPassword(email, code, "password1234", address))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("password.common"));
    recovery.resetPassword(email, code, NEW_PASSWORD, address);
  }

  private static void assertInvalid(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("recovery.code.invalid"));
  }
}
