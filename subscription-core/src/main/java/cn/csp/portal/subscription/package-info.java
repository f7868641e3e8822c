/**
 * Offers and the catalog, monthly price lists, orders, subscriptions with their append-only event
 * history, upgrades, license assignments and service health (spec 2.4, 2.10, 2.20-2.25).
 *
 * <p>This package is the module's API: {@link cn.csp.portal.subscription.OfferCatalog}, {@link
 * cn.csp.portal.subscription.PriceLists}, {@link cn.csp.portal.subscription.CatalogPins} and {@link
 * cn.csp.portal.subscription.Subscriptions}; {@code internal} is private to the module.
 */
package cn.csp.portal.subscription;
