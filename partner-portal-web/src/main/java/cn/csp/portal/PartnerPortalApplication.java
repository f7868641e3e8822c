package cn.csp.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * The CSP partner portal: partner portal, operator console and (later) the customer admin center
 * and the /v1 REST API, on top of the core modules found below this package.
 */
// Each signed-in area brings its own authentication manager (see SecurityConfiguration); Boot's
// fallback in-memory user with a generated password must never exist.
// The core modules' scheduled jobs run once across all nodes: see
// web.config.SchedulingConfiguration.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class PartnerPortalApplication {

  public static void main(String[] args) {
    SpringApplication.run(PartnerPortalApplication.class, args);
  }
}
