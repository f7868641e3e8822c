/**
 * The shared kernel every module may use: who acts ({@link cn.csp.portal.kernel.Actor}), the
 * append-only {@link cn.csp.portal.kernel.AuditLog}, request correlation and money rounding. Keep
 * it small: anything with a business rule belongs to a module.
 */
package cn.csp.portal.kernel;
