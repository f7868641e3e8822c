package cn.csp.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * MockMvc tests keep a signed-in browser as a {@link org.springframework.mock.web.MockHttpSession}
 * ({@code .session(session)}). The portal's sessions live in PostgreSQL (Spring Session JDBC),
 * which finds a session by its cookie and never looks at the servlet container's session; so here
 * the {@code MockHttpSession} becomes the browser's cookie jar: its session cookie goes out with
 * every request made with it and comes back from every response. Every MockMvc test thus runs
 * through the real session store, and anything a page puts into the session is serialized to the
 * database and read back, as on a real node. Flash attributes given with {@code .flashAttrs(...)}
 * (which MockMvc puts into the container's session) are handed to the request directly.
 *
 * <p>Registered for every {@code @AutoConfigureMockMvc} test by {@code
 * META-INF/spring/org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc.imports}.
 */
@AutoConfiguration
public class MockMvcSessionCookies {

  private static final String COOKIE_VALUE = MockMvcSessionCookies.class.getName() + ".cookie";
  private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

  /** First, so the jar runs before Spring Session's filter (which the next customizer adds). */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  MockMvcBuilderCustomizer sessionCookieJar(
      @Value("${server.servlet.session.cookie.name}") String cookieName) {
    return builder -> builder.addFilters(new CookieJar(cookieName));
  }

  /** The session cookie a response to this test session set last, or null. */
  public static String sessionCookieOf(HttpSession session) {
    return (String) session.getAttribute(COOKIE_VALUE);
  }

  private static final class CookieJar extends OncePerRequestFilter {

    private final String cookieName;

    CookieJar(String cookieName) {
      this.cookieName = cookieName;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      MockHttpServletRequest mockRequest =
          WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
      // the container's (mock) session: Spring Session's filter has not wrapped the request yet
      HttpSession jar = request.getSession(false);
      if (mockRequest != null
          && jar != null
          && jar.getAttribute(COOKIE_VALUE) instanceof String value
          && !hasSessionCookie(mockRequest)) {
        List<Cookie> cookies = new ArrayList<>();
        if (mockRequest.getCookies() != null) {
          cookies.addAll(Arrays.asList(mockRequest.getCookies()));
        }
        cookies.add(new Cookie(cookieName, value));
        mockRequest.setCookies(cookies.toArray(Cookie[]::new));
      }
      if (jar != null && jar.getAttribute(FLASH_MAPS) instanceof List<?> given) {
        // flash attributes a test hands over with .flashAttrs(...): MockMvc puts them into the
        // container's session, where the application's session (Spring Session's) never looks
        jar.removeAttribute(FLASH_MAPS);
        FlashMap input = new FlashMap();
        given.forEach(map -> input.putAll((FlashMap) map));
        request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, input);
      }
      chain.doFilter(request, response);
      MockHttpServletResponse mockResponse =
          WebUtils.getNativeResponse(response, MockHttpServletResponse.class);
      Cookie set = mockResponse == null ? null : lastSessionCookie(mockResponse);
      if (set == null) {
        return;
      }
      if (set.getMaxAge() == 0) {
        // the session ended (signed out, or the account was disabled)
        HttpSession ended = request.getSession(false);
        if (ended != null) {
          ended.invalidate();
        }
      } else {
        request.getSession(true).setAttribute(COOKIE_VALUE, set.getValue());
      }
    }

    private boolean hasSessionCookie(MockHttpServletRequest request) {
      return request.getCookies() != null
          && Arrays.stream(request.getCookies()).anyMatch(c -> c.getName().equals(cookieName));
    }

    private Cookie lastSessionCookie(MockHttpServletResponse response) {
      Cookie last = null;
      for (Cookie cookie : response.getCookies()) {
        if (cookie.getName().equals(cookieName)) {
          last = cookie;
        }
      }
      return last;
    }
  }
}
