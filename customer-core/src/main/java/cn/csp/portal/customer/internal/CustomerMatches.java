package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer list and its search, the busiest reads of the pages: a partner's customers, all of
 * them or those whose name or domain is like a pattern, from the relationships' own copies of them
 * (customer migrations {@code …042812}, {@code …_search_index_by_text_only}: a trigram index on the
 * searched text, no join; {@code …_customer_list_order_indexes}: one index per order of the list).
 * Plain JDBC outside any transaction, since nothing here needs an entity.
 */
@Component
class CustomerMatches {

  /** The orders the list offers, by {@link CustomerSummary} property, as columns. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "companyName", "customer_name",
          "domain", "customer_domain",
          "relationshipSince", "established_at");

  private static final String COLUMNS =
      "select customer_id, customer_name, customer_domain, delegated_admin, customer_reseller_id,"
          + " established_at";

  private final JdbcClient jdbc;

  CustomerMatches(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One page of the matches. {@code pattern} is a LIKE pattern on the lower-case company name or
   * the domain; null for all of the partner's customers. Sort properties other than {@link
   * #SORTABLE}'s are ignored; the customer id breaks ties, so pages never overlap.
   *
   * <p>With a pattern, the search index finds the matches and each row carries their number from
   * the same scan ({@code count(*) over ()}): one query, not a second one for the count. Without
   * one, the page is read in the order of an index on the sort columns and the rows carry -1: the
   * total is counted apart ({@link #count}), since counting with the rows would read and sort all
   * of a large partner's hundred thousand customers for every page.
   */
  List<CustomerMatch> page(UUID partnerId, String pattern, UUID resellerId, Pageable page) {
    String rows =
        pattern == null
            ? COLUMNS + ", -1" + matches(null)
            // matches found and counted first: ordered right away, PostgreSQL would walk all of a
            // large partner's customers in the order index to find those of a common term
            : "select * from (" + COLUMNS + ", count(*) over ()" + matches(pattern) + ") found";
    return jdbc.sql(rows + " order by " + orderBy(page.getSort()) + " limit :limit offset :offset")
        .param("partnerId", partnerId)
        .param("pattern", pattern)
        .param("resellerId", resellerId)
        .param("limit", page.getPageSize())
        .param("offset", page.getOffset())
        .query(CustomerMatches::match)
        .list();
  }

  /**
   * The number of matches: for a page without a pattern, or past the last one. All of a partner's
   * customers are the count the relationships' triggers keep (migration {@code
   * …_customer_count_by_partner}), not a count of a large partner's hundred thousand rows.
   */
  long count(UUID partnerId, String pattern, UUID resellerId) {
    if (pattern == null && resellerId == null) {
      return countAll(partnerId);
    }
    return jdbc.sql("select count(*)" + matches(pattern))
        .param("partnerId", partnerId)
        .param("pattern", pattern)
        .param("resellerId", resellerId)
        .query(Long.class)
        .single();
  }

  /** All of the partner's customers. */
  long countAll(UUID partnerId) {
    return jdbc.sql(
            "select coalesce((select customers from customer_count_by_partner"
                + " where partner_id = :partnerId), 0)")
        .param("partnerId", partnerId)
        .query(Long.class)
        .single();
  }

  private static String matches(String pattern) {
    return " from customer_partner_relationship where partner_id = :partnerId"
        + (pattern == null ? "" : " and customer_search like :pattern escape '\\'")
        + " and (cast(:resellerId as uuid) is null or customer_reseller_id = :resellerId)";
  }

  /** The sort columns, then the customer id unless the (unique) domain already decides. */
  private static String orderBy(Sort sort) {
    List<String> columns =
        sort.stream()
            .filter(order -> SORTABLE.containsKey(order.getProperty()))
            .map(order -> SORTABLE.get(order.getProperty()) + (order.isAscending() ? "" : " desc"))
            .toList();
    boolean decided = columns.stream().anyMatch(column -> column.startsWith("customer_domain"));
    return decided
        ? String.join(", ", columns)
        : String.join(", ", Stream.concat(columns.stream(), Stream.of("customer_id")).toList());
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
