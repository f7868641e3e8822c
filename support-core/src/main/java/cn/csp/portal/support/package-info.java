/**
 * Support requests to 21Vianet (for the partner itself and on behalf of customers), notes,
 * attachments and SLA clocks. Built by a later issue; the module exists now so the dependency
 * direction (support may use subscription, customer and partner) is enforced.
 */
package cn.csp.portal.support;
