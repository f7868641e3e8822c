package cn.csp.portal.web.billing;

import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.InvoiceLineGroup;
import cn.csp.portal.billing.Invoices;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.LegalBusinessProfile;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerProfiles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * An invoice as a PDF, for the Billing pages and the {@code /v1} statement alike. The service
 * recipient is the partner's legal business profile as it is now (the invoice keeps the bill-to as
 * issued). Rendered in full before anything is sent, so a failure is an error, not half a file.
 */
@Component
public class InvoiceStatements {

  /** The rendered file and the invoice's number, which names it. */
  public record Statement(String invoiceId, byte[] pdf) {

    /** Sends the file as a download named after the invoice. */
    public void writeTo(HttpServletResponse response) throws IOException {
      response.setContentType(MediaType.APPLICATION_PDF_VALUE);
      response.setContentLength(pdf.length);
      response.setHeader(
          HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.attachment().filename(invoiceId + ".pdf").build().toString());
      response.getOutputStream().write(pdf);
    }
  }

  private final Invoices invoices;
  private final PartnerAccounts partners;
  private final InvoicePdf pdf;

  InvoiceStatements(Invoices invoices, PartnerAccounts partners, InvoicePdf pdf) {
    this.invoices = invoices;
    this.partners = partners;
    this.pdf = pdf;
  }

  /**
   * @throws cn.csp.portal.kernel.NotFound for an unknown invoice or another partner's
   */
  public Statement render(UUID partnerId, String invoiceId, Actor actor, Locale locale)
      throws IOException {
    InvoiceDetails invoice = invoices.find(partnerId, invoiceId, actor);
    List<InvoiceLineGroup> lines = invoices.lineSummary(partnerId, invoice.id(), actor);
    LegalBusinessProfile serviceRecipient =
        partners.findProfiles(partnerId).map(PartnerProfiles::legal).orElse(null);
    return new Statement(invoice.id(), pdf.render(invoice, lines, serviceRecipient, locale));
  }
}
