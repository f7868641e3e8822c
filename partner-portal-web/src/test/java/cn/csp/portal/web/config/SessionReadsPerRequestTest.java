package cn.csp.portal.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * How often a request reads its session from the store, with Spring Session's own filter in front
 * of the portal's repository (a map stands in for the JDBC store and counts its lookups): a page
 * that commits its response early still reads it once, and the next request reads it again.
 */
class SessionReadsPerRequestTest {

  private final CountingStore store = new CountingStore();
  private final ThrottledLastAccessSessionRepository sessions =
      new ThrottledLastAccessSessionRepository(store, Duration.ofMinutes(1));
  private final Filter boundary =
      new SessionConfiguration()
          .sessionRequestBoundary(sessions, new SessionProperties())
          .getFilter();
  private final SessionRepositoryFilter<?> sessionFilter = new SessionRepositoryFilter<>(sessions);

  private String sessionId;

  @BeforeEach
  void storedSession() {
    MapSession session = new MapSession();
    session.setAttribute("greeting", "hello");
    store.sessions.put(session.getId(), session);
    sessionId = session.getId();
  }

  @Test
  void aPageThatCommitsItsResponseEarlyReadsItsSessionOnce() throws Exception {
    AtomicReference<Object> seen = new AtomicReference<>();

    request(
        (request, response) -> {
          seen.set(request.getSession(false).getAttribute("greeting"));
          response.getWriter().write("<html>…</html>");
          response.flushBuffer(); // as a rendered Thymeleaf page does
        });

    assertThat(seen).hasValue("hello");
    assertThat(store.lookups).isEqualTo(1);
  }

  @Test
  void theNextRequestReadsWhatIsStoredNowNotWhatTheLastOneSaved() throws Exception {
    request((request, response) -> request.getSession(false));
    MapSession changedElsewhere = new MapSession(store.sessions.get(sessionId));
    changedElsewhere.setAttribute("greeting", "changed on another node");
    store.sessions.put(sessionId, changedElsewhere);
    AtomicReference<Object> seen = new AtomicReference<>();

    request((request, response) -> seen.set(request.getSession(false).getAttribute("greeting")));

    assertThat(seen).hasValue("changed on another node");
    assertThat(store.lookups).isEqualTo(2);
  }

  @Test
  void aRequestThatInvalidatesItsSessionLeavesNothingToBeFound() throws Exception {
    request(
        (request, response) -> {
          request.getSession(false).invalidate();
          response.flushBuffer();
        });

    assertThat(store.sessions).doesNotContainKey(sessionId);
    assertThat(sessions.findById(sessionId)).isNull();
  }

  /** One request through both filters to {@code page}. */
  private void request(Page page) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers");
    request.setCookies(
        new Cookie(
            "SESSION",
            Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
    HttpServlet servlet =
        new HttpServlet() {
          @Override
          protected void service(HttpServletRequest request, HttpServletResponse response)
              throws IOException {
            page.handle(request, response);
          }
        };
    new MockFilterChain(servlet, boundary, sessionFilter)
        .doFilter(request, new MockHttpServletResponse());
  }

  private interface Page {
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  /** An in-memory store that counts lookups; it hands out copies, as a database does. */
  private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

    final Map<String, MapSession> sessions = new HashMap<>();
    int lookups;

    @Override
    public MapSession createSession() {
      return new MapSession();
    }

    @Override
    public void save(MapSession session) {
      if (!session.getId().equals(session.getOriginalId())) {
        sessions.remove(session.getOriginalId());
      }
      sessions.put(session.getId(), new MapSession(session));
    }

    @Override
    public MapSession findById(String id) {
      lookups++;
      MapSession stored = sessions.get(id);
      return stored == null ? null : new MapSession(stored);
    }

    @Override
    public void deleteById(String id) {
      sessions.remove(id);
    }

    @Override
    public Map<String, MapSession> findByIndexNameAndIndexValue(String name, String value) {
      return Map.of();
    }
  }
}
