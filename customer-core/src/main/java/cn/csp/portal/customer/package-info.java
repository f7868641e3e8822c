/**
 * Customers and their relationships with partners: creation with an initial domain, the reseller
 * relationship and delegated admin privileges (DAP). A customer may work with several partners, and
 * every partner sees only the customers it has a relationship with.
 *
 * <p>This package is the module's API ({@link cn.csp.portal.customer.CustomerDirectory}); {@code
 * internal} is private to the module.
 */
package cn.csp.portal.customer;
