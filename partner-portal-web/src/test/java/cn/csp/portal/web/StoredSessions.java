package cn.csp.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/**
 * Reads sessions back from Spring Session's tables, as another node would: the rows, and each
 * attribute deserialized from its bytes (with the same Java deserialization Spring Session uses).
 */
public final class StoredSessions {

  private final JdbcClient jdbc;
  private final DeserializingConverter deserializer =
      new DeserializingConverter(StoredSessions.class.getClassLoader());

  public StoredSessions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The session id in a session cookie's value (Spring Session writes it Base64-encoded). */
  public static String idInCookie(String cookieValue) {
    return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
  }

  /** The id of the session a MockMvc test session (a cookie jar) holds the cookie of. */
  public static String idOf(MockHttpSession browser) {
    String cookie = MockMvcSessionCookies.sessionCookieOf(browser);
    if (cookie == null) {
      throw new AssertionError("No session cookie in this test session");
    }
    return idInCookie(cookie);
  }

  public boolean exists(String sessionId) {
    return jdbc.sql("select count(*) from spring_session where session_id = ?")
            .param(sessionId)
            .query(Long.class)
            .single()
        == 1;
  }

  public long count() {
    return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
  }

  public int maxInactiveSeconds(String sessionId) {
    return jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
        .param(sessionId)
        .query(Integer.class)
        .single();
  }

  /**
   * As if the session's user had been idle for {@code idle}: its last access and expiry move back,
   * so the next request writes its row (see {@code portal.session.touch-interval}).
   */
  public void idleFor(String sessionId, Duration idle) {
    long idleSince = System.currentTimeMillis() - idle.toMillis();
    jdbc.sql(
            "update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval"
                + " * 1000 where session_id = ?")
        .param(idleSince)
        .param(idleSince)
        .param(sessionId)
        .update();
  }

  /** When the session was last accessed, as stored (epoch milliseconds). */
  public long lastAccess(String sessionId) {
    return jdbc.sql("select last_access_time from spring_session where session_id = ?")
        .param(sessionId)
        .query(Long.class)
        .single();
  }

  /** The session's attributes as stored, each one deserialized. */
  public Map<String, Object> attributes(String sessionId) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    raw(sessionId).forEach((name, bytes) -> attributes.put(name, deserialize(name, bytes)));
    return attributes;
  }

  /** The session's attributes as stored: the serialized bytes. */
  public Map<String, byte[]> raw(String sessionId) {
    Map<String, byte[]> raw = new LinkedHashMap<>();
    jdbc.sql(
            """
            select a.attribute_name, a.attribute_bytes
            from spring_session_attributes a
            join spring_session s on s.primary_id = a.session_primary_id
            where s.session_id = ?
            """)
        .param(sessionId)
        .query((rs, n) -> raw.put(rs.getString(1), rs.getBytes(2)))
        .list();
    return raw;
  }

  /**
   * Deserializes every attribute of every stored session, failing on the first one that does not
   * read back.
   *
   * @return how many attributes were read
   */
  public int readEveryAttribute() {
    List<Object[]> rows =
        jdbc.sql("select attribute_name, attribute_bytes from spring_session_attributes")
            .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)})
            .list();
    rows.forEach(row -> deserialize((String) row[0], (byte[]) row[1]));
    return rows.size();
  }

  private Object deserialize(String name, byte[] bytes) {
    try {
      return deserializer.convert(bytes);
    } catch (RuntimeException unreadable) {
      throw new AssertionError("Session attribute " + name + " does not read back", unreadable);
    }
  }
}
