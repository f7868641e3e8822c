package cn.csp.portal.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page of a seek-based collection starts: the sort key of the last item served
 * (keyset paging, no OFFSET scan), bound to the list it came from ({@code scope}: the route and its
 * filter), so a token replayed against another list is refused instead of misread. The token is
 * opaque to clients; anything that does not decode is a 400.
 *
 * @param scope the list the token belongs to, e.g. {@code customers|startswith:con}
 * @param position the last served item's sort key, one string per key column
 */
public record ContinuationToken(String scope, List<String> position) {

  public static final String HEADER = "MS-ContinuationToken";
  private static final String VERSION = "1";
  private static final String SEPARATOR = "\u001f";

  public ContinuationToken {
    position = List.copyOf(position);
  }

  public String encode() {
    String plain = VERSION + SEPARATOR + scope + SEPARATOR + String.join(SEPARATOR, position);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a token the client sent back for the list {@code scope}.
   *
   * @throws ApiRequestRefused 400 when it is not a token of this list
   */
  public static ContinuationToken decode(String token, String scope, int positionLength) {
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
      String[] parts = plain.split(SEPARATOR, -1);
      if (parts.length == 2 + positionLength
          && parts[0].equals(VERSION)
          && parts[1].equals(scope)) {
        return new ContinuationToken(scope, Arrays.asList(parts).subList(2, parts.length));
      }
    } catch (IllegalArgumentException notBase64) {
      // answered below like any other token that is not ours
    }
    throw ApiRequestRefused.badInput(HEADER, "api.fault.invalidContinuation");
  }
}
