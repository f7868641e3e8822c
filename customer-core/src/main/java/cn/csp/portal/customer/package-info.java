/**
 * Customers and their relationships with partners: creation with an initial domain, the reseller
 * relationship and delegated admin privileges (DAP), and the users of the customer's directory. A
 * customer may work with several partners, and every partner sees only the customers it has a
 * relationship with.
 *
 * <p>This package is the module's API ({@link cn.csp.portal.customer.CustomerDirectory}, {@link
 * cn.csp.portal.customer.CustomerUsers} and the other facades); {@code internal} is private to the
 * module.
 */
package cn.csp.portal.customer;
