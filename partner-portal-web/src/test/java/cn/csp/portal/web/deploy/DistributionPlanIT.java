package cn.csp.portal.web.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the Citus distribution plan of docs/scaling.md true as the schema grows: every table of the
 * migrated schema is placed there, and every partner-owned table carries the distribution key.
 */
@IntegrationTest
class DistributionPlanIT {

  private static final Path PLAN = Path.of("../docs/scaling.md");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| `(\\w+)` \\| (partner-distributed|customer-distributed|reference|coordinator-local)"
              + " \\| (?:`(\\w+)`)? *\\|$");

  @Autowired JdbcClient jdbc;

  private Map<String, Placement> plan;
  private Map<String, Map<String, Column>> schema;

  @BeforeEach
  void read() throws IOException {
    plan = readPlan();
    schema = new HashMap<>();
    jdbc.sql(
            """
            select c.table_name, c.column_name, c.data_type, c.is_nullable
              from information_schema.columns c
              join information_schema.tables t using (table_schema, table_name)
             where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
               and c.table_name <> 'flyway_schema_history'
            """)
        .query(
            rs -> {
              schema
                  .computeIfAbsent(rs.getString("table_name"), t -> new HashMap<>())
                  .put(
                      rs.getString("column_name"),
                      new Column(
                          rs.getString("data_type"), "YES".equals(rs.getString("is_nullable"))));
            });
  }

  @Test
  void everyTableOfTheSchemaIsPlacedAndEveryPlacedTableExists() {
    assertThat(schema).as("tables in the migrated schema").isNotEmpty();
    Set<String> unplaced = new HashSet<>(schema.keySet());
    unplaced.removeAll(plan.keySet());
    assertThat(unplaced).as("tables missing from docs/scaling.md's distribution plan").isEmpty();
    Set<String> gone = new HashSet<>(plan.keySet());
    gone.removeAll(schema.keySet());
    assertThat(gone).as("tables in the plan that the schema no longer has").isEmpty();
  }

  @Test
  void distributedTablesCarryTheirKeyAsANonNullUuid() {
    List<String> wrong =
        plan.entrySet().stream()
            .filter(e -> e.getValue().distributed())
            .filter(e -> schema.containsKey(e.getKey()))
            .filter(
                e -> {
                  Column key = schema.get(e.getKey()).get(e.getValue().key());
                  return key == null || key.nullable() || !"uuid".equals(key.type());
                })
            .map(e -> e.getKey() + "." + e.getValue().key())
            .toList();
    assertThat(wrong).as("distribution keys missing, nullable or not uuid").isEmpty();
    assertThat(plan.get("partner").key()).isEqualTo("id");
    assertThat(
            plan.entrySet().stream()
                .filter(e -> e.getValue().kind().equals("partner-distributed"))
                .filter(e -> !e.getKey().equals("partner"))
                .map(e -> e.getValue().key())
                .collect(Collectors.toSet()))
        .as("one co-location group: every partner table is distributed by partner_id")
        .containsExactly("partner_id");
  }

  @Test
  void everyTableWithAPartnerIdIsPartnerDataOrKeptOnTheCoordinator() {
    List<String> misplaced =
        schema.entrySet().stream()
            .filter(e -> e.getValue().containsKey("partner_id"))
            .filter(e -> plan.containsKey(e.getKey()))
            .filter(
                e -> {
                  String kind = plan.get(e.getKey()).kind();
                  return !kind.equals("partner-distributed") && !kind.equals("coordinator-local");
                })
            .map(Map.Entry::getKey)
            .toList();
    assertThat(misplaced)
        .as("partner-owned tables must never be replicated to every node or keyed by customer")
        .isEmpty();
  }

  private static Map<String, Placement> readPlan() throws IOException {
    Map<String, Placement> placements = new LinkedHashMap<>();
    for (String line : Files.readAllLines(PLAN, StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line.strip());
      if (row.matches()) {
        Placement previous =
            placements.put(row.group(1), new Placement(row.group(2), row.group(3)));
        assertThat(previous).as("%s placed twice", row.group(1)).isNull();
      }
    }
    assertThat(placements).as("distribution plan rows in " + PLAN).hasSizeGreaterThan(10);
    return placements;
  }

  private record Placement(String kind, String key) {
    boolean distributed() {
      return kind.endsWith("-distributed");
    }
  }

  private record Column(String type, boolean nullable) {}
}
