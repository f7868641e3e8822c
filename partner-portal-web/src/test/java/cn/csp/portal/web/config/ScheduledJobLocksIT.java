package cn.csp.portal.web.config;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.web.api.IdempotentCreates;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

/**
 * Scheduled jobs run once across nodes: ShedLock's row per job in PostgreSQL (the real lock
 * provider, the database's clock). Two invocations of one locked job at the same moment run its
 * body once; every {@code @Scheduled} method of the application carries a lock of its own; and a
 * real job called from two threads at once leaves its row behind and is skipped again until the
 * lock's minimum time has passed.
 */
@IntegrationTest
@Import(ScheduledJobLocksIT.Jobs.class)
class ScheduledJobLocksIT {

  private static final long GUARD_MINUTES = 1;

  @Autowired LatchedJob latched;
  @Autowired IdempotentCreates idempotentCreates;
  @Autowired PartnerAccounts partners;
  @Autowired JdbcClient jdbc;
  @Autowired ConfigurableApplicationContext context;

  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @TestConfiguration(proxyBeanMethods = false)
  static class Jobs {

    @Bean
    LatchedJob latchedJob() {
      return new LatchedJob();
    }
  }

  /**
   * A locked job whose run waits until the test lets it end, so a second call surely overlaps.
   * Reached only through its methods: the bean is ShedLock's proxy.
   */
  static class LatchedJob {

    private final AtomicInteger runs = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch mayEnd = new CountDownLatch(1);

    @SchedulerLock(name = "test-latched-job", lockAtMostFor = "PT5M")
    public void run() throws InterruptedException {
      runs.incrementAndGet();
      started.countDown();
      // a guard against a hanging test, not a timing
      mayEnd.await(GUARD_MINUTES, TimeUnit.MINUTES);
    }

    public int runs() {
      return runs.get();
    }

    public boolean awaitFirstStart() throws InterruptedException {
      return started.await(GUARD_MINUTES, TimeUnit.MINUTES);
    }

    public void letRunsEnd() {
      mayEnd.countDown();
    }
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void aSecondInvocationWhileTheFirstRunsIsSkipped() throws Exception {
    Future<?> first =
        threads.submit(
            () -> {
              latched.run();
              return null;
            });
    assertThat(latched.awaitFirstStart()).as("the first run started").isTrue();

    // the same moment on another node: the job's row is taken, so this run is skipped
    latched.run();
    assertThat(latched.runs()).isEqualTo(1);
    assertThat(lockRow("test-latched-job")).containsEntry("held", true);

    latched.letRunsEnd();
    first.get(GUARD_MINUTES, TimeUnit.MINUTES);
    assertThat(latched.runs()).isEqualTo(1);
    // released at the end of the run (no minimum time here): the next run goes ahead
    latched.run();
    assertThat(latched.runs()).isEqualTo(2);
  }

  @Test
  void everyScheduledMethodHasALockOfItsOwn() {
    Map<String, String> jobsByLock = new HashMap<>();
    for (String beanName : context.getBeanDefinitionNames()) {
      Class<?> type = context.getType(beanName);
      if (type == null || !context.getBeanFactory().getBeanDefinition(beanName).isSingleton()) {
        continue;
      }
      Class<?> userType = ClassUtils.getUserClass(type);
      Map<Method, Scheduled> scheduled =
          MethodIntrospector.selectMethods(
              userType,
              (MethodIntrospector.MetadataLookup<Scheduled>)
                  method -> AnnotatedElementUtils.findMergedAnnotation(method, Scheduled.class));
      for (Method method : scheduled.keySet()) {
        String job = userType.getSimpleName() + "." + method.getName();
        SchedulerLock lock =
            AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
        assertThat(lock).as(job + " has @SchedulerLock").isNotNull();
        assertThat(lock.lockAtMostFor()).as(job + " lockAtMostFor").isNotBlank();
        assertThat(jobsByLock.put(lock.name(), job))
            .as("lock name " + lock.name() + " used once")
            .isNull();
        assertThat(AopUtils.isAopProxy(context.getBean(beanName)))
            .as(job + " is called through ShedLock's proxy")
            .isTrue();
      }
    }
    assertThat(jobsByLock)
        .containsKeys(
            "subscriptions-daily",
            "finance-charges-daily",
            "billing-daily",
            "delinquency-daily",
            "support-sla-breaches",
            "api-idempotency-cleanup");
  }

  @Test
  void aRealJobCalledTwiceAtOnceLeavesItsRowAndIsSkippedUntilItsMinimumTimeIsOver()
      throws Exception {
    UUID partnerId = partners.createPartner(aPartner(), Actor.system("test"));
    oldAnswer(partnerId, "first");

    CyclicBarrier sameMoment = new CyclicBarrier(2);
    Callable<Void> run =
        () -> {
          sameMoment.await(GUARD_MINUTES, TimeUnit.MINUTES);
          idempotentCreates.forgetOldAnswers();
          return null;
        };
    List<Future<Void>> runs = new ArrayList<>(threads.invokeAll(List.of(run, run)));
    for (Future<Void> done : runs) {
      done.get(GUARD_MINUTES, TimeUnit.MINUTES);
    }
    assertThat(answers(partnerId)).isZero();
    Map<String, Object> row = lockRow("api-idempotency-cleanup");
    // held for portal.jobs.lock-at-least-for (a minute) after the run, by this machine
    assertThat(row).containsEntry("held", true);
    assertThat((String) row.get("locked_by")).isNotBlank();

    // within that minute no node runs it again
    oldAnswer(partnerId, "second");
    idempotentCreates.forgetOldAnswers();
    assertThat(answers(partnerId)).isEqualTo(1);
  }

  private Map<String, Object> lockRow(String name) {
    return jdbc.sql(
            """
            select locked_by, lock_until > timezone('utc', current_timestamp) as held
            from shedlock where name = ?
            """)
        .param(name)
        .query()
        .singleRow();
  }

  private void oldAnswer(UUID partnerId, String requestId) {
    jdbc.sql(
            """
            insert into api_idempotent_request (partner_id, request_id, operation, response,
                created_at)
            values (?, ?, 'customer', '{}', ?)
            """)
        .params(partnerId, requestId, OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(2)))
        .update();
  }

  private long answers(UUID partnerId) {
    return jdbc.sql("select count(*) from api_idempotent_request where partner_id = ?")
        .param(partnerId)
        .query(Long.class)
        .single();
  }
}
