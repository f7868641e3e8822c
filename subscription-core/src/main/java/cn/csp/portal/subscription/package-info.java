/**
 * Offers, monthly price lists, catalog pins, orders, subscriptions with their event history,
 * upgrades and service health. Built by a later issue; the module exists now so the dependency
 * direction (subscription may use customer and partner) is enforced from the start.
 */
package cn.csp.portal.subscription;
