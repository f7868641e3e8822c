/**
 * Billing (spec 2.11-2.15, 6): usage records, the monthly billing run ({@link
 * cn.csp.portal.billing.BillingRuns}), invoices and their reconciliation files ({@link
 * cn.csp.portal.billing.Invoices}). Rating, run orchestration and storage live in {@code internal}.
 */
package cn.csp.portal.billing;
