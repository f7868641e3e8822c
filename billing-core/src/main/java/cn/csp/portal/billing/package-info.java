/**
 * Billing cycles, rating and proration, invoices, payments, finance charges, delinquency,
 * reconciliation files and usage records. Usage records: {@link cn.csp.portal.billing.UsageRecords}
 * (imports) and, for the billing run inside this module, {@code internal.usage.UsageRecordsToBill}.
 */
package cn.csp.portal.billing;
