/**
 * Support requests to 21Vianet (spec 2.30-2.35): the partner's own requests about Partner Center
 * and those it files on behalf of a customer ({@link SupportRequests}), the operators' desk with
 * SLA clocks ({@link SupportDesk}), the conversation, attachments and status history. Uses the
 * partner, customer, subscription and billing modules through their facades.
 */
package cn.csp.portal.support;
