package cn.csp.portal.web.support;

import cn.csp.portal.support.NewSupportRequest;
import cn.csp.portal.support.SupportCategory;
import cn.csp.portal.support.SupportContact;
import cn.csp.portal.support.SupportSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;

/** The "new request" form of both kinds; the customer and its service come from the URL. */
public class SupportRequestForm {

  private SupportCategory category = SupportCategory.TECHNICAL;
  private SupportSeverity severity = SupportSeverity.MODERATE;
  private String title;
  private String description;
  private String contactFirstName;
  private String contactLastName;
  private String contactEmail;
  private String contactPhone;
  private String invoiceId;
  private String reconFile;
  private Integer reconLine;
  private List<UUID> subscriptionIds = new ArrayList<>();
  private List<MultipartFile> attachments = new ArrayList<>();

  /** The domain's field names as this form calls them, for refusals of one field. */
  static final java.util.Map<String, String> FIELDS =
      java.util.Map.of(
          "contact.firstName", "contactFirstName",
          "contact.lastName", "contactLastName",
          "contact.email", "contactEmail",
          "contact.phone", "contactPhone");

  NewSupportRequest toRequest(UUID customerId, String service, String locale) {
    return new NewSupportRequest(
        customerId,
        service,
        category,
        severity,
        title,
        description,
        new SupportContact(contactFirstName, contactLastName, contactEmail, contactPhone),
        invoiceId,
        reconFile,
        reconLine,
        subscriptionIds,
        locale);
  }

  public SupportCategory getCategory() {
    return category;
  }

  public void setCategory(SupportCategory category) {
    this.category = category;
  }

  public SupportSeverity getSeverity() {
    return severity;
  }

  public void setSeverity(SupportSeverity severity) {
    this.severity = severity;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getContactFirstName() {
    return contactFirstName;
  }

  public void setContactFirstName(String contactFirstName) {
    this.contactFirstName = contactFirstName;
  }

  public String getContactLastName() {
    return contactLastName;
  }

  public void setContactLastName(String contactLastName) {
    this.contactLastName = contactLastName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getInvoiceId() {
    return invoiceId;
  }

  public void setInvoiceId(String invoiceId) {
    this.invoiceId = invoiceId;
  }

  public String getReconFile() {
    return reconFile;
  }

  public void setReconFile(String reconFile) {
    this.reconFile = reconFile;
  }

  public Integer getReconLine() {
    return reconLine;
  }

  public void setReconLine(Integer reconLine) {
    this.reconLine = reconLine;
  }

  public List<UUID> getSubscriptionIds() {
    return subscriptionIds;
  }

  public void setSubscriptionIds(List<UUID> subscriptionIds) {
    this.subscriptionIds = subscriptionIds == null ? new ArrayList<>() : subscriptionIds;
  }

  public List<MultipartFile> getAttachments() {
    return attachments;
  }

  public void setAttachments(List<MultipartFile> attachments) {
    this.attachments = attachments == null ? new ArrayList<>() : attachments;
  }
}
