/**
 * Billing cycles, rating and proration, invoices, payments, finance charges, delinquency,
 * reconciliation files and usage records. Built by a later issue; the module exists now so the
 * dependency direction (billing may use subscription, customer and partner) is enforced.
 */
package cn.csp.portal.billing;
