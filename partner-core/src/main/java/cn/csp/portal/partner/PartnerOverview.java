package cn.csp.portal.partner;

import java.time.ZoneId;
import java.util.UUID;

/** What the dashboard and other modules need to know about a partner at a glance. */
public record PartnerOverview(
    UUID id,
    String companyName,
    String mpnId,
    String billableAccountId,
    PartnerStatus status,
    Integer billingDay,
    ZoneId timeZone) {}
