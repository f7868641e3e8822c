package cn.csp.portal.partner;

import java.time.ZoneId;
import java.util.UUID;

/**
 * What the dashboard and other modules need to know about a partner at a glance.
 *
 * @param mpnId null until the partner submits its enrollment
 * @param suspensionReason set only while {@link PartnerStatus#SUSPENDED}
 * @param statusNote the reason given with the last status change (a rejection, a suspension)
 * @param billingDay null until the reseller agreement is accepted
 */
public record PartnerOverview(
    UUID id,
    String companyName,
    String mpnId,
    String billableAccountId,
    PartnerStatus status,
    SuspensionReason suspensionReason,
    String statusNote,
    Integer billingDay,
    ZoneId timeZone) {}
