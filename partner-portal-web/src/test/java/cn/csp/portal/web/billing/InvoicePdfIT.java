package cn.csp.portal.web.billing;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.web.PortalSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.Invoices;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.web.billing.InvoicedPartners.Invoiced;
import java.io.IOException;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The invoice PDF of a real billing run for a partner with a Chinese billing profile: the text a
 * PDF reader extracts, the embedded font, the language of the labels, and who may download it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, InvoicedPartners.class})
class InvoicePdfIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired Invoices invoices;
  @Autowired InvoicedPartners invoicedPartners;

  private Invoiced invoiced;
  private String pdfPath;

  @BeforeEach
  void aPartnerWithAnInvoice() {
    invoiced = invoicedPartners.create();
    pdfPath = "/billing/invoices/" + invoiced.invoiceId() + "/invoice.pdf";
  }

  private MockHttpSession user(UUID partner, AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partner, user, SYSTEM);
    return signIn(mvc, user.email());
  }

  private MockHttpServletResponse get(MockHttpSession session, String path, String lang)
      throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
    if (lang != null) {
      request.param("lang", lang);
    }
    return mvc.perform(request.session(session)).andReturn().getResponse();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aBillingAdminDownloadsTheInvoiceWithItsChineseNameAndAddress() throws Exception {
    MockHttpSession billing = user(invoiced.partnerId(), AgentRole.NONE, AdminRole.BILLING_ADMIN);
    InvoiceDetails invoice =
        invoices.find(invoiced.partnerId(), invoiced.invoiceId(), Actor.system("test"));

    MockHttpServletResponse response = get(billing, pdfPath, null);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    assertThat(response.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"" + invoiced.invoiceId() + ".pdf\"");
    byte[] pdf = response.getContentAsByteArray();
    assertThat(pdf).hasSize(response.getContentLength());
    String text = text(pdf);
    assertThat(text)
        .contains(InvoicedPartners.COMPANY)
        .contains(InvoicedPartners.STREET + ", SOHO 现代城 A 座 1001")
        .contains("北京 北京 100022 CN")
        .contains("PO-云启-7")
        .contains("发票编号 " + invoiced.invoiceId())
        .contains("付款截止日期 2101-03-12")
        .contains("计费周期 2101-01-10 至 2101-02-09")
        .contains(InvoicePdf.money(invoice.total()) + " CNY")
        .contains("Purchase fee");
    assertThat(invoice.total()).isPositive();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDResources resources = document.getPage(0).getResources();
      COSName name = resources.getFontNames().iterator().next();
      PDFont font = resources.getFont(name);
      assertThat(font).isInstanceOf(PDType0Font.class);
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
    }

    // linked from the invoice page and from the billing overview's latest invoice
    String href = "href=\"" + pdfPath + "\"";
    assertThat(get(billing, "/billing/invoices/" + invoiced.invoiceId(), null).getContentAsString())
        .contains(href);
    assertThat(get(billing, "/billing", null).getContentAsString()).contains(href);
  }

  @Test
  void theLabelsFollowTheLanguage() throws Exception {
    MockHttpSession admin =
        user(invoiced.partnerId(), AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    assertThat(text(get(admin, pdfPath, "en").getContentAsByteArray()))
        .contains("Invoice no. " + invoiced.invoiceId())
        .contains("Payment due date 2101-03-12")
        .contains("Payment terms Net 30 days")
        .contains("Billing period 2101-01-10 to 2101-02-09")
        .contains("Always include your invoice number " + invoiced.invoiceId())
        .contains("Total current charges")
        .contains(InvoicedPartners.COMPANY);
    assertThat(text(get(admin, pdfPath, "ru").getContentAsByteArray()))
        .contains("Номер счета " + invoiced.invoiceId())
        .contains(InvoicedPartners.COMPANY);
  }

  @Test
  void anotherPartnersInvoiceIsNotFoundAndSalesAgentsAreRefused() throws Exception {
    MockHttpSession other =
        user(
            partners.createPartner(aPartner(), SYSTEM),
            AgentRole.ADMIN_AGENT,
            AdminRole.GLOBAL_ADMIN);
    MockHttpServletResponse notFound = get(other, pdfPath, "en");
    assertThat(notFound.getStatus()).isEqualTo(404);
    assertThat(notFound.getContentType()).doesNotContain("pdf");
    assertThat(notFound.getContentAsString()).doesNotContain("%PDF");

    MockHttpSession sales = user(invoiced.partnerId(), AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    MockHttpServletResponse refused = get(sales, pdfPath, "en");
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentAsString()).doesNotContain("%PDF");

    MockHttpSession helpdesk =
        user(invoiced.partnerId(), AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    assertThat(get(helpdesk, pdfPath, "en").getStatus()).isEqualTo(403);
  }
}
