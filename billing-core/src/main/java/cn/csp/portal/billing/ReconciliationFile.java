package cn.csp.portal.billing;

/** The two reconciliation files of an invoice (spec 2.13). */
public enum ReconciliationFile {
  /** License-based: 27 columns. */
  LICENSE,
  /** Usage-based: 40 columns. */
  USAGE
}
