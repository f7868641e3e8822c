package cn.csp.portal.customer;

import java.util.UUID;

/** Published after a partner created a customer (and so holds a reseller relationship with it). */
public record CustomerCreated(UUID customerId, UUID partnerId, String domain) {}
