package cn.csp.portal.partner.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PartnerModuleConfiguration {

  /**
   * Hashes carry their algorithm id ({@code {bcrypt}...}), so the default can move to a stronger
   * algorithm later while old hashes keep verifying.
   */
  @Bean
  @ConditionalOnMissingBean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
