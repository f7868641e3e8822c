package cn.csp.portal.web.api;

import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code filter} query parameter of a {@code /v1} list. The Java SDK sends {@code
 * {"value":"Con","field":"CompanyName","fieldType":"String","operator":"StartsWith"}}, the REST
 * docs show {@code {"Field":"CompanyName","Value":"Cont","Operator":"starts_with"}}: keys are read
 * case-insensitively and the operator is normalised by dropping underscores and case, so both mean
 * {@code field=companyname, operator=startswith} (contract 6.8).
 *
 * @param field the field name, lower case
 * @param operator the operator, lower case without underscores, e.g. {@code startswith}
 * @param value the value as sent
 */
public record ApiFilter(String field, String operator, String value) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * @throws ApiRequestRefused 400 when the parameter is not such a JSON object
   */
  public static ApiFilter parse(String filter) {
    JsonNode node;
    try {
      node = JSON.readTree(filter);
    } catch (JacksonException notJson) {
      throw invalid();
    }
    if (node == null || !node.isObject()) {
      throw invalid();
    }
    String field = null;
    String operator = null;
    String value = null;
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String text = property.getValue().isValueNode() ? property.getValue().asString() : null;
      switch (property.getKey().toLowerCase(Locale.ROOT)) {
        case "field" -> field = text;
        case "operator" -> operator = text;
        case "value" -> value = text;
        default -> {
          // fieldType and anything else the client adds say nothing the field does not
        }
      }
    }
    if (field == null || field.isBlank() || operator == null || value == null) {
      throw invalid();
    }
    return new ApiFilter(
        field.trim().toLowerCase(Locale.ROOT),
        operator.replace("_", "").trim().toLowerCase(Locale.ROOT),
        value);
  }

  private static ApiRequestRefused invalid() {
    return ApiRequestRefused.badInput("filter", "api.fault.invalidFilter");
  }

  /**
   * @throws ApiRequestRefused 400 unless the filter is on {@code expectedField} with one of the
   *     operators
   */
  public ApiFilter require(String expectedField, String... operators) {
    if (!field.equals(expectedField.toLowerCase(Locale.ROOT))) {
      throw ApiRequestRefused.badInput("filter", "api.fault.filterField", field);
    }
    for (String allowed : operators) {
      if (allowed.equals(operator)) {
        return this;
      }
    }
    throw ApiRequestRefused.badInput("filter", "api.fault.filterOperator", operator);
  }
}
