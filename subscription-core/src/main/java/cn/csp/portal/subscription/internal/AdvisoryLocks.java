package cn.csp.portal.subscription.internal;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * PostgreSQL transaction-level advisory locks: writers of the same thing (one partner's pins, the
 * price lists) take their turn, and the lock goes with the transaction's end.
 */
@Component
class AdvisoryLocks {

  private final JdbcClient jdbc;

  AdvisoryLocks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits for the lock named {@code name}; the caller's transaction holds it until it ends. */
  @Transactional(propagation = Propagation.MANDATORY)
  void lock(String name) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
        .param("name", name)
        .query((RowCallbackHandler) row -> {});
  }
}
