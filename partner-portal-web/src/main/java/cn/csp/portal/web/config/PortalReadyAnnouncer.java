package cn.csp.portal.web.config;

import cn.csp.portal.web.demo.DemoData;
import cn.csp.portal.web.demo.DemoDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the portal where it is and how to sign in. */
@Component
class PortalReadyAnnouncer {

  private static final Logger log = LoggerFactory.getLogger("portal");

  private final DemoDataLoader demoData;

  PortalReadyAnnouncer(DemoDataLoader demoData) {
    this.demoData = demoData;
  }

  @EventListener
  void announce(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    String base = "http://localhost:" + web.getWebServer().getPort();
    StringBuilder message = new StringBuilder();
    message.append("\n\n  The partner portal is running at ").append(base).append('\n');
    message.append("  Operator console: ").append(base).append("/operator\n");
    if (demoData.isEnabled()) {
      message
          .append("  Sign in as ")
          .append(DemoData.GLOBAL_ADMIN)
          .append(" (partner global admin) or ")
          .append(DemoData.OPERATOR)
          .append(" (operator), password ")
          .append(DemoData.PASSWORD)
          .append('\n')
          .append("  More demo users are listed in README.md\n");
    } else {
      message.append("  Sign in with an account of this database (demo data is off)\n");
    }
    log.info(message.toString());
  }
}
