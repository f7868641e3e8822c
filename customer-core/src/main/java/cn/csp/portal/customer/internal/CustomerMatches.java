package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer list's search, the busiest read of the pages: a partner's customers whose name or
 * domain is like a pattern, from the relationships' own copies of them (one index on partner and
 * searched text, no join; customer migration {@code …042812}). Plain JDBC in one statement outside
 * any transaction: the page and its total come from one scan, and nothing here needs an entity.
 */
@Component
class CustomerMatches {

  /** The orders the list offers, by {@link CustomerSummary} property, as columns. */
  static final Map<String, String> SORTABLE =
      Map.of(
          "companyName", "customer_name",
          "domain", "customer_domain",
          "relationshipSince", "established_at");

  private static final String MATCHES =
      """
       from customer_partner_relationship
      where partner_id = :partnerId
        and customer_search like :pattern escape '\\'
        and (cast(:resellerId as uuid) is null or customer_reseller_id = :resellerId)
      """;

  private final JdbcClient jdbc;

  CustomerMatches(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One page of the matches, each row with the number of all of them ({@code count(*) over ()}), so
   * a page costs one query and not a second one for the count. {@code pattern} is a LIKE pattern on
   * the lower-case company name or the domain ({@code %} for all). Sort properties other than
   * {@link #SORTABLE}'s are ignored; the customer id breaks ties, so pages never overlap.
   */
  List<CustomerMatch> page(UUID partnerId, String pattern, UUID resellerId, Pageable page) {
    return jdbc.sql(
            """
            select customer_id, customer_name, customer_domain, delegated_admin,
                   customer_reseller_id, established_at, count(*) over ()
            """
                + MATCHES
                + " order by "
                + orderBy(page.getSort())
                + " limit :limit offset :offset")
        .param("partnerId", partnerId)
        .param("pattern", pattern)
        .param("resellerId", resellerId)
        .param("limit", page.getPageSize())
        .param("offset", page.getOffset())
        .query(CustomerMatches::match)
        .list();
  }

  /** The number of matches, for a page past the last one (it has no row to carry the total). */
  long count(UUID partnerId, String pattern, UUID resellerId) {
    return jdbc.sql("select count(*)" + MATCHES)
        .param("partnerId", partnerId)
        .param("pattern", pattern)
        .param("resellerId", resellerId)
        .query(Long.class)
        .single();
  }

  private static String orderBy(Sort sort) {
    String columns =
        sort.stream()
            .filter(order -> SORTABLE.containsKey(order.getProperty()))
            .map(order -> SORTABLE.get(order.getProperty()) + (order.isAscending() ? "" : " desc"))
            .collect(Collectors.joining(", "));
    return columns.isEmpty() ? "customer_id" : columns + ", customer_id";
  }

  private static CustomerMatch match(ResultSet rs, int row) throws SQLException {
    return new CustomerMatch(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getBoolean(4),
        rs.getObject(5, UUID.class),
        rs.getObject(6, OffsetDateTime.class).toInstant(),
        rs.getLong(7));
  }
}
