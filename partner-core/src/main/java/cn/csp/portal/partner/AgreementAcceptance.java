package cn.csp.portal.partner;

import java.time.Instant;
import java.util.UUID;

/**
 * The record of a digital signature: which version, who accepted it, when and from where, and the
 * billing day it set.
 */
public record AgreementAcceptance(
    UUID partnerId,
    AgreementVersion agreement,
    UUID acceptedBy,
    String acceptedByName,
    Instant acceptedAt,
    String ipAddress,
    int billingDay) {}
