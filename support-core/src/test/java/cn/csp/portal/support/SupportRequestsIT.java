package cn.csp.portal.support;

import static cn.csp.portal.support.SupportTestData.OPERATOR;
import static cn.csp.portal.support.SupportTestData.customerRequest;
import static cn.csp.portal.support.SupportTestData.partnerCenterRequest;
import static cn.csp.portal.support.SupportTestData.pdf;
import static cn.csp.portal.support.SupportTestData.textFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.support.SupportTestData.TestPartner;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.testsupport.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request's whole life on both sides, who may do what, partner boundaries, bad input refused with
 * nothing saved, the SLA clock, and the mails.
 */
@IntegrationTest
@Import({TestClock.Configuration.class, SupportTestData.class})
class SupportRequestsIT {

  private static final String DESK = "support-desk@21vianet.example";
  private static final String LEAD = "support-lead@21vianet.example";

  @Autowired SupportRequests requests;
  @Autowired SupportDesk desk;
  @Autowired SupportTestData data;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void aCustomerRequestFromOpeningToReopening() {
    TestPartner partner = data.partner("Lifecycle Partner");
    NewSupportRequest asked = customerRequest(partner, "Mail flow stops");

    SupportRequestSummary opened =
        requests.open(
            partner.id(), asked, List.of(textFile("../../trace.log")), partner.helpdesk());

    assertThat(opened.status()).isEqualTo(SupportStatus.OPEN);
    assertThat(opened.number()).startsWith("SR");
    assertThat(opened.customerName()).isEqualTo("Lifecycle Partner Customer");
    assertThat(opened.firstResponseDueAt()).isEqualTo(opened.createdAt().plus(Duration.ofHours(2)));
    assertThat(mailTo(DESK, opened.number())).contains("Lifecycle Partner");
    SupportRequestDetails details = requests.find(partner.id(), opened.id(), partner.helpdesk());
    assertThat(details.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.fileName()).isEqualTo("trace.log");
              assertThat(a.contentType()).isEqualTo("text/plain");
            });

    clock.advance(Duration.ofMinutes(30));
    desk.reply(opened.id(), "Which mailbox?", List.of(), true, OPERATOR);
    SupportRequestSummary waiting = desk.find(opened.id(), OPERATOR).summary();
    assertThat(waiting.status()).isEqualTo(SupportStatus.ATTENTION_NEEDED);
    assertThat(waiting.slaState(clock.instant())).isEqualTo(SlaState.MET);
    assertThat(mailTo(asked.contact().email(), opened.number())).contains("more information");

    requests.addNote(
        partner.id(),
        opened.id(),
        "sales@customer",
        List.of(pdf("headers.pdf")),
        partner.helpdesk());
    assertThat(status(partner, opened.id())).isEqualTo(SupportStatus.OPEN);
    assertThat(mailTo(DESK, opened.number() + " 有合作伙伴更新")).contains("Lifecycle Partner");

    desk.close(opened.id(), "Fixed the connector.", OPERATOR);
    assertThat(status(partner, opened.id())).isEqualTo(SupportStatus.CLOSED);
    assertThat(mailTo(asked.contact().email(), "Support request " + opened.number() + " is closed"))
        .isNotEmpty();

    // within the reopen window the partner's answer opens it again
    clock.advance(Duration.ofDays(13));
    requests.addNote(partner.id(), opened.id(), "It stopped again.", List.of(), partner.helpdesk());
    assertThat(status(partner, opened.id())).isEqualTo(SupportStatus.OPEN);

    SupportRequestDetails done = requests.find(partner.id(), opened.id(), partner.helpdesk());
    assertThat(done.notes())
        .extracting(SupportNote::text)
        .containsExactly(
            "Which mailbox?", "sales@customer", "Fixed the connector.", "It stopped again.");
    assertThat(done.notes().get(1).attachments())
        .extracting(AttachmentInfo::fileName)
        .containsExactly("headers.pdf");
    assertThat(done.history())
        .extracting(StatusChange::to)
        .containsExactly(
            SupportStatus.OPEN,
            SupportStatus.ATTENTION_NEEDED,
            SupportStatus.OPEN,
            SupportStatus.CLOSED,
            SupportStatus.OPEN);
    UUID attachment = done.notes().get(1).attachments().get(0).id();
    assertThat(
            requests
                .attachment(partner.id(), opened.id(), attachment, partner.helpdesk())
                .content())
        .startsWith((byte) '%', (byte) 'P');
  }

  @Test
  void aNoteOnARequestClosedLongerThanTheReopenWindowIsRefused() {
    TestPartner partner = data.partner("Late Note Partner");
    SupportRequestSummary opened =
        requests.open(
            partner.id(), partnerCenterRequest("Old problem"), List.of(), partner.globalAdmin());
    requests.close(partner.id(), opened.id(), partner.globalAdmin());
    clock.advance(Duration.ofDays(15));

    assertRefused(
        () ->
            requests.addNote(partner.id(), opened.id(), "again", List.of(), partner.globalAdmin()),
        "support.request.reopenWindowPassed");
    assertThat(notes(opened.id())).isZero();
    assertRefused(
        () -> requests.close(partner.id(), opened.id(), partner.globalAdmin()),
        "support.request.alreadyClosed");
    assertRefused(
        () -> desk.reply(opened.id(), "hello", List.of(), false, OPERATOR),
        "support.request.closed");
  }

  @Test
  void whoMayOpenWhichRequest() {
    TestPartner partner = data.partner("Roles Partner");
    // sales agents open neither kind
    assertThatThrownBy(
            () ->
                requests.open(
                    partner.id(), customerRequest(partner, "x"), List.of(), partner.sales()))
        .isInstanceOf(PermissionDenied.class);
    assertThatThrownBy(
            () ->
                requests.open(partner.id(), partnerCenterRequest("x"), List.of(), partner.sales()))
        .isInstanceOf(PermissionDenied.class);
    assertThatThrownBy(
            () -> requests.list(partner.id(), SupportRequestFilter.any(), page(), partner.sales()))
        .isInstanceOf(PermissionDenied.class);
    // help desk agents: customer requests only; billing admins: Partner Center requests only
    assertThatThrownBy(
            () ->
                requests.open(
                    partner.id(), partnerCenterRequest("x"), List.of(), partner.helpdesk()))
        .isInstanceOf(PermissionDenied.class);
    assertThatThrownBy(
            () ->
                requests.open(
                    partner.id(), customerRequest(partner, "x"), List.of(), partner.billingAdmin()))
        .isInstanceOf(PermissionDenied.class);
    SupportRequestSummary own =
        requests.open(
            partner.id(),
            partnerCenterRequest("Invoice question"),
            List.of(),
            partner.billingAdmin());
    SupportRequestSummary forCustomer =
        requests.open(
            partner.id(), customerRequest(partner, "Teams down"), List.of(), partner.helpdesk());

    // each sees the scopes it may open; the global admin sees both
    assertThat(
            requests
                .list(partner.id(), SupportRequestFilter.any(), page(), partner.helpdesk())
                .getContent())
        .extracting(SupportRequestSummary::id)
        .containsExactly(forCustomer.id());
    assertThat(
            requests
                .list(partner.id(), SupportRequestFilter.any(), page(), partner.billingAdmin())
                .getContent())
        .extracting(SupportRequestSummary::id)
        .containsExactly(own.id());
    assertThat(
            requests
                .list(partner.id(), SupportRequestFilter.any(), page(), partner.globalAdmin())
                .getContent())
        .hasSize(2);
    assertThatThrownBy(() -> requests.find(partner.id(), own.id(), partner.helpdesk()))
        .isInstanceOf(PermissionDenied.class);
    // operators only at the desk
    assertRefused(
        () -> desk.queue(DeskFilter.any(), page(), partner.globalAdmin()),
        "support.desk.operatorsOnly");
    assertRefused(
        () -> desk.reply(own.id(), "hi", List.of(), false, partner.globalAdmin()),
        "support.desk.operatorsOnly");
  }

  @Test
  void anotherPartnersRequestsCustomersAndAttachmentsAreNotFound() {
    TestPartner owner = data.partner("Owner Partner");
    TestPartner other = data.partner("Other Partner");
    SupportRequestSummary opened =
        requests.open(
            owner.id(),
            customerRequest(owner, "Private"),
            List.of(textFile("a.txt")),
            owner.helpdesk());
    UUID attachment =
        requests.find(owner.id(), opened.id(), owner.helpdesk()).attachments().get(0).id();

    assertThatThrownBy(() -> requests.find(other.id(), opened.id(), other.globalAdmin()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> requests.attachment(other.id(), opened.id(), attachment, other.globalAdmin()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> requests.addNote(other.id(), opened.id(), "x", List.of(), other.globalAdmin()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> requests.close(other.id(), opened.id(), other.globalAdmin()))
        .isInstanceOf(NotFound.class);
    assertThat(
            requests
                .list(other.id(), SupportRequestFilter.any(), page(), other.globalAdmin())
                .getContent())
        .extracting(SupportRequestSummary::id)
        .doesNotContain(opened.id());
    // the other partner's customer cannot be named either
    NewSupportRequest foreignCustomer = customerRequest(owner, "x");
    assertThatThrownBy(
            () -> requests.open(other.id(), foreignCustomer, List.of(), other.helpdesk()))
        .isInstanceOf(NotFound.class);
    // an attachment id of another request
    SupportRequestSummary second =
        requests.open(owner.id(), customerRequest(owner, "Second"), List.of(), owner.helpdesk());
    assertThatThrownBy(
            () -> requests.attachment(owner.id(), second.id(), attachment, owner.helpdesk()))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void badInputIsRefusedAndNothingIsSaved() {
    TestPartner partner = data.partner("Bad Input Partner");
    long before = requestsOf(partner);
    NewSupportRequest good = customerRequest(partner, "Fine");

    assertRefused(() -> open(partner, withTitle(good, "  "), List.of()), "support.title.required");
    assertRefused(
        () ->
            open(
                partner,
                good,
                List.of(new NewAttachment("big.txt", new byte[10 * 1024 * 1024 + 1]))),
        "support.attachment.tooLarge");
    assertRefused(
        () ->
            open(
                partner,
                good,
                List.of(new NewAttachment("setup.pdf", new byte[] {'M', 'Z', 0, 0}))),
        "support.attachment.typeNotAllowed");
    assertRefused(
        () -> open(partner, good, List.of(new NewAttachment("tool.exe", new byte[] {'M', 'Z'}))),
        "support.attachment.typeNotAllowed");
    assertRefused(
        () -> open(partner, good, List.of(new NewAttachment("empty.txt", new byte[0]))),
        "support.attachment.empty");
    assertRefused(
        () -> open(partner, withService(good, "POWER_BI"), List.of()),
        "support.service.notOfCustomer");
    assertRefused(
        () -> open(partner, withService(good, "NOPE"), List.of()), "support.service.notOfCustomer");
    assertRefused(
        () -> open(partner, withInvoice(good, SupportCategory.BILLING, "D999999999"), List.of()),
        "support.invoice.unknown");
    assertRefused(
        () -> open(partner, withInvoice(good, SupportCategory.TECHNICAL, "D999999999"), List.of()),
        "support.invoice.billingOnly");
    assertThatThrownBy(() -> open(partner, withCustomer(good, UUID.randomUUID()), List.of()))
        .isInstanceOf(NotFound.class);

    assertThat(requestsOf(partner)).isEqualTo(before);
    assertThat(
            jdbc.sql(
                    "select count(*) from support_attachment a join support_request r on r.id = a.request_id where r.partner_id = :p")
                .param("p", partner.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aFraudReportNamesTheCustomersSubscriptions() {
    TestPartner partner = data.partner("Fraud Partner");
    NewSupportRequest fraud =
        new NewSupportRequest(
            partner.customerId(),
            "EXCHANGE_ONLINE",
            SupportCategory.FRAUD_OR_MISUSE,
            SupportSeverity.MODERATE,
            "Unknown admin bought seats",
            "Someone added 500 seats overnight.",
            SupportTestData.contact(),
            null,
            null,
            null,
            List.of(partner.subscriptionId()),
            "en");

    SupportRequestSummary opened = open(partner, fraud, List.of());

    assertThat(requests.find(partner.id(), opened.id(), partner.helpdesk()).subscriptionIds())
        .containsExactly(partner.subscriptionId());
    TestPartner other = data.partner("Fraud Other Partner");
    NewSupportRequest foreign =
        new NewSupportRequest(
            partner.customerId(),
            "EXCHANGE_ONLINE",
            SupportCategory.FRAUD_OR_MISUSE,
            SupportSeverity.MODERATE,
            "x",
            "y",
            SupportTestData.contact(),
            null,
            null,
            null,
            List.of(other.subscriptionId()),
            "en");
    assertRefused(() -> open(partner, foreign, List.of()), "support.subscription.unknown");
  }

  @Test
  void theSlaClockFlagsEachUnansweredRequestOnceAndTellsTheLead() {
    TestPartner partner = data.partner("Sla Partner");
    SupportRequestSummary critical =
        requests.open(
            partner.id(),
            customerRequest(partner, "Critical outage"),
            List.of(),
            partner.helpdesk());
    SupportRequestSummary minimal =
        requests.open(
            partner.id(), partnerCenterRequest("Minor question"), List.of(), partner.globalAdmin());
    assertThat(minimal.firstResponseDueAt())
        .isEqualTo(minimal.createdAt().plus(Duration.ofHours(8)));

    clock.advance(Duration.ofHours(2).plusMinutes(1));
    assertThat(desk.flagBreaches())
        .extracting(SupportRequestSummary::id)
        .contains(critical.id())
        .doesNotContain(minimal.id());
    assertThat(desk.flagBreaches())
        .extracting(SupportRequestSummary::id)
        .doesNotContain(critical.id());
    assertThat(mailTo(LEAD, "超过首次响应时限")).contains(critical.number());
    assertThat(desk.find(critical.id(), OPERATOR).summary().slaState(clock.instant()))
        .isEqualTo(SlaState.BREACHED);
    assertThat(desk.find(minimal.id(), OPERATOR).summary().timeLeft(clock.instant()))
        .isEqualTo(Duration.ofHours(6).minusMinutes(1));

    // the queue: unanswered first, soonest due first
    List<UUID> queue =
        desk
            .queue(new DeskFilter(null, null, null, "Sla Partner", null, true), page(), OPERATOR)
            .getContent()
            .stream()
            .map(SupportRequestSummary::id)
            .toList();
    assertThat(queue).containsExactly(critical.id(), minimal.id());
  }

  @Test
  void concurrentNotesAreAllKept() throws Exception {
    TestPartner partner = data.partner("Concurrent Partner");
    SupportRequestSummary opened =
        requests.open(
            partner.id(), customerRequest(partner, "Busy"), List.of(), partner.helpdesk());
    CyclicBarrier start = new CyclicBarrier(4);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<Void>> writes = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        int n = i;
        writes.add(
            CompletableFuture.runAsync(
                () -> {
                  await(start);
                  if (n % 2 == 0) {
                    requests.addNote(
                        partner.id(), opened.id(), "partner " + n, List.of(), partner.helpdesk());
                  } else {
                    desk.reply(opened.id(), "operator " + n, List.of(), false, OPERATOR);
                  }
                },
                threads));
      }
      for (CompletableFuture<Void> w : writes) {
        w.get();
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(notes(opened.id())).isEqualTo(4);
  }

  @Test
  void operatorsAssignRequests() {
    TestPartner partner = data.partner("Assigned Partner");
    SupportRequestSummary opened =
        requests.open(
            partner.id(), customerRequest(partner, "Assign me"), List.of(), partner.helpdesk());
    assertThatThrownBy(() -> desk.assign(opened.id(), UUID.randomUUID(), OPERATOR))
        .isInstanceOf(NotFound.class);
    desk.assign(opened.id(), null, OPERATOR);
    assertThat(desk.find(opened.id(), OPERATOR).summary().assignedOperatorName()).isNull();
  }

  private SupportRequestSummary open(
      TestPartner partner, NewSupportRequest request, List<NewAttachment> files) {
    return requests.open(partner.id(), request, files, partner.globalAdmin());
  }

  private SupportStatus status(TestPartner partner, UUID requestId) {
    return requests.find(partner.id(), requestId, partner.globalAdmin()).summary().status();
  }

  private long requestsOf(TestPartner partner) {
    return jdbc.sql("select count(*) from support_request where partner_id = :p")
        .param("p", partner.id())
        .query(Long.class)
        .single();
  }

  private long notes(UUID requestId) {
    return jdbc.sql("select count(*) from support_note where request_id = :r")
        .param("r", requestId)
        .query(Long.class)
        .single();
  }

  /** The decoded body of the first mail to {@code address} whose subject contains the text. */
  private static String mailTo(String address, String subjectPart) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage m : TestMailServer.get().messagesTo(address)) {
        if (TestMailServer.subject(m).contains(subjectPart)) {
          return TestMailServer.decoded(m);
        }
      }
      sleep();
    }
    throw new AssertionError("No mail to " + address + " about " + subjectPart);
  }

  private static NewSupportRequest withTitle(NewSupportRequest r, String title) {
    return copy(r, r.customerId(), r.service(), r.category(), title, r.invoiceId());
  }

  private static NewSupportRequest withService(NewSupportRequest r, String service) {
    return copy(r, r.customerId(), service, r.category(), r.title(), r.invoiceId());
  }

  private static NewSupportRequest withCustomer(NewSupportRequest r, UUID customerId) {
    return copy(r, customerId, r.service(), r.category(), r.title(), r.invoiceId());
  }

  private static NewSupportRequest withInvoice(
      NewSupportRequest r, SupportCategory category, String invoiceId) {
    return copy(r, r.customerId(), r.service(), category, r.title(), invoiceId);
  }

  /** The request with the fields the tests vary replaced (and no disputed line). */
  private static NewSupportRequest copy(
      NewSupportRequest r,
      UUID customerId,
      String service,
      SupportCategory category,
      String title,
      String invoiceId) {
    return new NewSupportRequest(
        customerId,
        service,
        category,
        r.severity(),
        title,
        r.description(),
        r.contact(),
        invoiceId,
        null,
        null,
        r.subscriptionIds(),
        r.locale());
  }

  private static void assertRefused(Runnable action, String messageKey) {
    assertThatThrownBy(action::run)
        .isInstanceOf(BusinessRuleViolation.class)
        .extracting("messageKey")
        .isEqualTo(messageKey);
  }

  private static PageRequest page() {
    return PageRequest.of(0, 50);
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
