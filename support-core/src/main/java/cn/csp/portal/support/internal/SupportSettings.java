package cn.csp.portal.support.internal;

import cn.csp.portal.support.SupportSeverity;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The support desk's settings ({@code portal.support.*}).
 *
 * @param criticalResponse initial response target of critical requests (spec 2.30: 2 h)
 * @param moderateResponse ... of moderate ones (4 h)
 * @param minimalResponse ... of minimal ones (8 h)
 * @param reopenWindow how long after closing a partner's note opens a request again
 * @param attachmentMaxBytes the largest file accepted
 * @param maxAttachments the most files one request or note takes
 * @param deskEmail where new requests and partner replies are announced
 * @param leadEmail the operator lead, told of SLA breaches
 */
@ConfigurationProperties("portal.support")
record SupportSettings(
    @DefaultValue("PT2H") Duration criticalResponse,
    @DefaultValue("PT4H") Duration moderateResponse,
    @DefaultValue("PT8H") Duration minimalResponse,
    @DefaultValue("P14D") Duration reopenWindow,
    @DefaultValue("10485760") long attachmentMaxBytes,
    @DefaultValue("5") int maxAttachments,
    @DefaultValue("support-desk@21vianet.example") String deskEmail,
    @DefaultValue("support-lead@21vianet.example") String leadEmail) {

  Duration responseTarget(SupportSeverity severity) {
    return switch (severity) {
      case CRITICAL -> criticalResponse;
      case MODERATE -> moderateResponse;
      case MINIMAL -> minimalResponse;
    };
  }
}
