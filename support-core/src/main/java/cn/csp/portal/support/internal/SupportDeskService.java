package cn.csp.portal.support.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.OperatorSummary;
import cn.csp.portal.support.AttachmentContent;
import cn.csp.portal.support.DeskFilter;
import cn.csp.portal.support.NewAttachment;
import cn.csp.portal.support.SupportDesk;
import cn.csp.portal.support.SupportRequestDetails;
import cn.csp.portal.support.SupportRequestSummary;
import cn.csp.portal.support.SupportRequestUpdated;
import cn.csp.portal.support.SupportStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The operators' side: the queue, assignment, replies, closing, and the SLA breach check. */
@Service
@Transactional
class SupportDeskService implements SupportDesk {

  private final SupportRequestStore store;
  private final AttachmentPolicy policy;
  private final AttachmentStore files;
  private final SupportRequestsService requests;
  private final OperatorAccounts operators;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SupportDeskService(
      SupportRequestStore store,
      AttachmentPolicy policy,
      AttachmentStore files,
      SupportRequestsService requests,
      OperatorAccounts operators,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.policy = policy;
    this.files = files;
    this.requests = requests;
    this.operators = operators;
    this.auditLog = auditLog;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Page<SupportRequestSummary> queue(DeskFilter filter, Pageable page, Actor operator) {
    requireOperator(operator);
    return store.queue(filter, page);
  }

  @Override
  @Transactional(readOnly = true)
  public SupportRequestDetails find(UUID requestId, Actor operator) {
    requireOperator(operator);
    return store.details(requestId).orElseThrow(SupportRequestsService::notFound);
  }

  @Override
  public void assign(UUID requestId, UUID operatorId, Actor operator) {
    requireOperator(operator);
    SupportRequestStore.LockedRequest request = lock(requestId);
    OperatorSummary assignee = null;
    if (operatorId != null) {
      assignee =
          operators
              .findOperator(operatorId)
              .filter(OperatorSummary::enabled)
              .orElseThrow(() -> new NotFound("support.operator.notFound"));
    }
    store.assign(
        requestId,
        assignee == null ? null : assignee.id(),
        assignee == null ? null : assignee.displayName(),
        operator.name(),
        clock.instant());
    auditLog.record(
        AuditEntry.of(operator, "support.request.assigned")
            .partner(request.partnerId())
            .target("supportRequest", requestId)
            .detail("assignee", assignee == null ? null : assignee.email())
            .build());
  }

  @Override
  public void reply(
      UUID requestId,
      String text,
      List<NewAttachment> attachments,
      boolean needsInformation,
      Actor operator) {
    requireOperator(operator);
    String note = SupportRequestsService.requireText("text", text, SupportRequestsService.MAX_TEXT);
    List<AttachmentPolicy.CheckedAttachment> checked = policy.check(attachments);
    SupportRequestStore.LockedRequest request = lock(requestId);
    SupportStatus to = SupportWorkflow.afterOperatorReply(request.status(), needsInformation);
    Instant now = clock.instant();
    UUID noteId = store.insertNote(requestId, true, operator.name(), note, now);
    requests.saveAttachments(requestId, noteId, checked, operator.name(), now);
    store.changeStatus(request, to, operator.name(), now, true);
    audit(operator, request, "support.request.replied", to);
    events.publishEvent(new SupportRequestUpdated(requestId, true, to));
  }

  @Override
  public void close(UUID requestId, String note, Actor operator) {
    requireOperator(operator);
    SupportRequestStore.LockedRequest request = lock(requestId);
    SupportStatus to = SupportWorkflow.close(request.status());
    Instant now = clock.instant();
    boolean withNote = note != null && !note.isBlank();
    if (withNote) {
      store.insertNote(
          requestId,
          true,
          operator.name(),
          SupportRequestsService.requireText("text", note, SupportRequestsService.MAX_TEXT),
          now);
    }
    store.changeStatus(request, to, operator.name(), now, withNote);
    audit(operator, request, "support.request.closed", to);
    events.publishEvent(new SupportRequestUpdated(requestId, true, to));
  }

  @Override
  @Transactional(readOnly = true)
  public AttachmentContent attachment(UUID requestId, UUID attachmentId, Actor operator) {
    requireOperator(operator);
    return store
        .attachment(requestId, attachmentId)
        .map(a -> new AttachmentContent(a.fileName(), a.contentType(), files.load(a.id())))
        .orElseThrow(() -> new NotFound("support.attachment.notFound"));
  }

  @Override
  public List<SupportRequestSummary> flagBreaches() {
    List<UUID> flagged = store.flagOverdue(clock.instant());
    if (!flagged.isEmpty()) {
      events.publishEvent(new SupportSlaBreached(flagged));
    }
    return flagged.stream().map(id -> store.summary(id).orElseThrow()).toList();
  }

  private SupportRequestStore.LockedRequest lock(UUID requestId) {
    return store.lock(requestId).orElseThrow(SupportRequestsService::notFound);
  }

  private void audit(
      Actor operator,
      SupportRequestStore.LockedRequest request,
      String action,
      SupportStatus status) {
    auditLog.record(
        AuditEntry.of(operator, action)
            .partner(request.partnerId())
            .target("supportRequest", request.id())
            .detail("status", status)
            .build());
  }

  private static void requireOperator(Actor actor) {
    if (actor.type() != ActorType.OPERATOR) {
      throw new BusinessRuleViolation("support.desk.operatorsOnly");
    }
  }
}
