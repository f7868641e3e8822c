package cn.csp.portal.partner;

import java.util.UUID;

/**
 * A partner the monthly billing run bills: a program member (active or suspended) with an MPN ID
 * and a billing day.
 */
public record BillablePartner(UUID partnerId, int billingDay) {}
