package cn.csp.portal.web.config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's repository, except that a session's last access time is written at most once per
 * {@code interval}.
 *
 * <p>The session filter stamps every request's session with the current time. Spring Session JDBC
 * then updates the session's row on every request, even when nothing else changed: a write and a
 * commit for each page and each htmx fragment, and requests of one session (htmx fires several at
 * once) queue on that row's lock. Here a stamp less than {@code interval} after the stored one is
 * dropped, so such a request writes nothing. The price: an idle session expires up to {@code
 * interval} earlier than its timeout says.
 *
 * <p>It also spares a page its second read of the session. A page commits its response before the
 * request ends (Thymeleaf flushes its writer), and Spring Session saves the session then. At the
 * end of the request it saves again and, to learn the requested id, looks the session up once more
 * (spring-session#1731): the row and every attribute read and deserialized a second time. Here that
 * lookup gets the session this request has just saved. {@link #requestEnded()}, called by {@link
 * SessionConfiguration}'s filter around the session filter, forgets it, so a later request always
 * reads the stored session.
 */
final class ThrottledLastAccessSessionRepository
    implements FindByIndexNameSessionRepository<ThrottledLastAccessSessionRepository.StoredSession>,
        DisposableBean {

  private final FindByIndexNameSessionRepository<Session> sessions;
  private final Duration interval;
  private final ThreadLocal<StoredSession> savedByThisRequest = new ThreadLocal<>();

  @SuppressWarnings("unchecked")
  ThrottledLastAccessSessionRepository(
      FindByIndexNameSessionRepository<? extends Session> sessions, Duration interval) {
    // the delegate only ever gets back the sessions it created or found
    this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
    this.interval = interval;
  }

  @Override
  public StoredSession createSession() {
    return new StoredSession(sessions.createSession());
  }

  @Override
  public void save(StoredSession session) {
    sessions.save(session.delegate);
    savedByThisRequest.set(session);
  }

  @Override
  public StoredSession findById(String id) {
    StoredSession saved = savedByThisRequest.get();
    if (saved != null && saved.getId().equals(id)) {
      return saved;
    }
    Session found = sessions.findById(id);
    return found == null ? null : new StoredSession(found);
  }

  @Override
  public void deleteById(String id) {
    savedByThisRequest.remove();
    sessions.deleteById(id);
  }

  /** The request on this thread is over: its next lookup reads the stored session again. */
  void requestEnded() {
    savedByThisRequest.remove();
  }

  @Override
  public Map<String, StoredSession> findByIndexNameAndIndexValue(String name, String value) {
    Map<String, StoredSession> found = new LinkedHashMap<>();
    sessions
        .findByIndexNameAndIndexValue(name, value)
        .forEach((id, session) -> found.put(id, new StoredSession(session)));
    return found;
  }

  /** The wrapped repository schedules its cleanup of expired sessions; it stops with us. */
  @Override
  public void destroy() throws Exception {
    if (sessions instanceof DisposableBean disposable) {
      disposable.destroy();
    }
  }

  /** A stored session whose last access time moves only when it is {@code interval} old. */
  final class StoredSession implements Session {

    private final Session delegate;

    private StoredSession(Session delegate) {
      this.delegate = delegate;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      if (!lastAccessedTime.isBefore(delegate.getLastAccessedTime().plus(interval))) {
        delegate.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public Instant getLastAccessedTime() {
      return delegate.getLastAccessedTime();
    }

    @Override
    public String getId() {
      return delegate.getId();
    }

    @Override
    public String changeSessionId() {
      return delegate.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
      return delegate.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return delegate.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      delegate.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      delegate.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
      return delegate.getCreationTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration maxInactiveInterval) {
      delegate.setMaxInactiveInterval(maxInactiveInterval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return delegate.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return delegate.isExpired();
    }
  }
}
