package cn.csp.portal.partner;

import java.util.UUID;

/**
 * A partner moved in the program's state machine (enrollment decisions, activation, suspension,
 * termination). Listeners notify people and, later, other modules react.
 *
 * @param note the reason given with the change, if any
 */
public record PartnerStatusChanged(
    UUID partnerId, PartnerStatus from, PartnerStatus to, String note) {}
