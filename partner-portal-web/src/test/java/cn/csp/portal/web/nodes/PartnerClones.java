package cn.csp.portal.web.nodes;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Copies one partner (its profiles, customers, orders, subscriptions and their history) many times
 * in a few set-based statements, for volumes the facades would take minutes to build. Every UUID
 * column is mapped the same way ({@code md5(old, batch, n)}), so references between the copied rows
 * stay consistent; the columns that must be unique get a number of their own. The template must
 * have one order (its subscriptions may be many).
 */
final class PartnerClones {

  /** The copied tables, parents first, and which of their rows belong to the template. */
  private static final Map<String, String> TABLES =
      orderedMap(
          "partner", "id = :template",
          "partner_legal_profile", "partner_id = :template",
          "partner_billing_profile", "partner_id = :template",
          "partner_organization_profile", "partner_id = :template",
          "partner_support_profile", "partner_id = :template",
          "customer",
              "id in (select customer_id from customer_partner_relationship"
                  + " where partner_id = :template)",
          "customer_partner_relationship", "partner_id = :template",
          "customer_order", "partner_id = :template",
          "subscription", "partner_id = :template",
          "subscription_event", "partner_id = :template");

  /** Columns that must differ between copies (the batch digit keeps batches apart). */
  private static final Map<String, String> UNIQUE =
      Map.of(
          "partner.mpn_id", "'9' || :batch || lpad(g::text, 8, '0')",
          "partner.billable_account_id", "'8' || :batch || lpad(g::text, 8, '0')",
          "partner.company_name", "t.company_name || ' ' || :batch || '-' || g",
          "customer.domain", "'n' || :batch || '-' || g || '.' || t.domain",
          "customer.billable_account_id", "'7' || :batch || lpad(g::text, 8, '0')",
          "customer_order.id", "'6' || :batch || lpad(g::text, 8, '0')",
          "subscription.order_id", "'6' || :batch || lpad(g::text, 8, '0')");

  private final JdbcClient jdbc;

  PartnerClones(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts {@code count} copies of the template (call it in one transaction, so nobody sees half a
   * copy).
   *
   * @param batch one digit, different for every call on the same template
   * @return the copies' partner ids
   */
  List<UUID> copy(UUID template, int batch, int count) {
    long orders =
        jdbc.sql("select count(*) from customer_order where partner_id = :template")
            .param("template", template)
            .query(Long.class)
            .single();
    if (orders != 1) {
      throw new IllegalArgumentException("The template must have one order, not " + orders);
    }
    for (Map.Entry<String, String> table : TABLES.entrySet()) {
      List<String> columns = columns(table.getKey());
      String values =
          columns.stream()
              .map(column -> expression(table.getKey(), column))
              .collect(Collectors.joining(", "));
      jdbc.sql(
              "insert into "
                  + table.getKey()
                  + " ("
                  + columns.stream().map(c -> c.split(":")[0]).collect(Collectors.joining(", "))
                  + ") select "
                  + values
                  + " from "
                  + table.getKey()
                  + " t cross join generate_series(1, :count) g where t."
                  + table.getValue())
          .param("template", template)
          .param("batch", Integer.toString(batch))
          .param("salt", ":" + batch + ":")
          .param("count", count)
          .update();
    }
    return ids(template, batch, count);
  }

  /** The partner ids {@link #copy} gives the copies (known before they exist). */
  List<UUID> ids(UUID template, int batch, int count) {
    return jdbc.sql(
            "select md5(cast(:template as text) || :salt || g)::uuid"
                + " from generate_series(1, :count) g")
        .param("template", template.toString())
        .param("salt", ":" + batch + ":")
        .param("count", count)
        .query(UUID.class)
        .list();
  }

  /**
   * "name:type" of every column that takes a value, in order (generated ones compute their own).
   */
  private List<String> columns(String table) {
    return jdbc.sql(
            """
            select column_name || ':' || data_type from information_schema.columns
             where table_schema = current_schema() and table_name = :table
               and is_generated = 'NEVER'
             order by ordinal_position
            """)
        .param("table", table)
        .query(String.class)
        .list();
  }

  private static String expression(String table, String column) {
    String name = column.split(":")[0];
    String type = column.split(":")[1];
    String unique = UNIQUE.get(table + "." + name);
    if (unique != null) {
      return unique;
    }
    if (type.equals("uuid")) {
      return "case when t."
          + name
          + " is null then null else md5(t."
          + name
          + "::text || :salt || g)::uuid end";
    }
    return "t." + name;
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
