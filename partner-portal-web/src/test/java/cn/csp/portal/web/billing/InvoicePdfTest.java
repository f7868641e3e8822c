package cn.csp.portal.web.billing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.InvoiceLineGroup;
import cn.csp.portal.billing.InvoiceSections;
import cn.csp.portal.billing.InvoiceStatus;
import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.partner.LegalBusinessProfile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The invoice PDF without a database: Chinese text through the bundled font, the labels of each
 * language, long texts wrapped, many lines on further pages, and characters the font lacks.
 */
class InvoicePdfTest {

  private static final String COMPANY = "北京云启科技有限公司";
  private static final String STREET = "北京市朝阳区建国路 88 号";

  private final InvoicePdf pdf = new InvoicePdf(messages(), "https://partner.example.cn/");

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/billing");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  static InvoiceDetails invoice(String company, String street) {
    InvoiceSections sections =
        new InvoiceSections(
            new BigDecimal("1234.50"),
            new BigDecimal("10.00"),
            new BigDecimal("5.25"),
            new BigDecimal("-3.18"),
            BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2),
            new BigDecimal("74.98"),
            new BigDecimal("18.62"));
    return new InvoiceDetails(
        "D000000042",
        UUID.randomUUID(),
        company,
        "4390934",
        "1280018095",
        new InvoiceDetails.BillTo(
            company,
            street,
            "SOHO 现代城 A 座 1001",
            "北京",
            "北京",
            "100022",
            "CN",
            "张伟",
            "billing@contoso.partner.onmschina.cn"),
        "PO-2101-7",
        LocalDate.of(2101, 3, 15),
        LocalDate.of(2101, 2, 15),
        LocalDate.of(2101, 3, 14),
        30,
        LocalDate.of(2101, 4, 14),
        sections,
        sections.total(),
        BigDecimal.ZERO.setScale(2),
        "CNY",
        InvoiceStatus.ISSUED,
        3,
        1,
        Instant.parse("2101-03-14T17:00:00Z"));
  }

  private static List<InvoiceLineGroup> groups(int count) {
    List<InvoiceLineGroup> groups = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      groups.add(
          new InvoiceLineGroup(
              i % 2 == 1,
              i % 2 == 1 ? "USAGE_CHARGES" : "RECURRING_CHARGES",
              i % 2 == 1 ? "Assess usage fee for current cycle" : "Cycle instance prorate",
              i + 1,
              new BigDecimal("1000.00"),
              new BigDecimal("60.00"),
              new BigDecimal("1060.00")));
    }
    return groups;
  }

  private static LegalBusinessProfile legal() {
    Contact contact = new Contact("伟", "张", "admin@contoso.partner.onmschina.cn", "+86 10 1");
    return new LegalBusinessProfile(
        "康拓索科技（北京）有限公司",
        new Address("浦东新区世纪大道 100 号", null, "上海", "上海", "200120", "CN"),
        contact,
        contact);
  }

  private static String text(byte[] file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void chineseNamesAndAddressesAreTextInAnEmbeddedFont() throws IOException {
    byte[] file = pdf.render(invoice(COMPANY, STREET), groups(3), legal(), Locale.CHINESE);

    assertThat(new String(file, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    String text = text(file);
    assertThat(text)
        .contains(COMPANY)
        .contains(STREET)
        .contains("康拓索科技（北京）有限公司")
        .contains("浦东新区世纪大道 100 号")
        .contains(label("billing.invoice.number", "zh") + " D000000042")
        .contains("D000000042")
        .contains("2101-04-14")
        .contains("1,340.17 CNY")
        .contains("https://partner.example.cn/support")
        .contains("PO-2101-7")
        .contains("Cycle instance prorate");
    try (PDDocument document = Loader.loadPDF(file)) {
      PDFont font = document.getPage(0).getResources().getFont(fontName(document));
      assertThat(font).isInstanceOf(PDType0Font.class);
      assertThat(font.isEmbedded()).isTrue();
      // a subset: six uppercase letters and a plus before the name
      assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
    }
  }

  private static org.apache.pdfbox.cos.COSName fontName(PDDocument document) {
    return document.getPage(0).getResources().getFontNames().iterator().next();
  }

  @Test
  void labelsFollowTheLanguage() throws IOException {
    InvoiceDetails invoice = invoice(COMPANY, STREET);
    assertThat(text(pdf.render(invoice, groups(1), legal(), Locale.ENGLISH)))
        .contains("Invoice D000000042")
        .contains("Payment due date")
        .contains("Net 30 days")
        .contains("Customer service")
        .contains("Service recipient (legal address)")
        .contains("Always include your invoice number D000000042 with your payment.")
        .contains("Finance charges")
        .contains("18.62")
        .contains("Total current charges")
        .contains(COMPANY);
    assertThat(text(pdf.render(invoice, groups(1), legal(), Locale.forLanguageTag("ru"))))
        .contains(label("billing.invoice.title", "ru", "D000000042"))
        .contains(label("billing.invoice.due", "ru"))
        .contains(label("billing.pdf.financeCharges", "ru"))
        .contains("Счет D000000042");
  }

  private static String label(String key, String language, Object... args) {
    return messages().getMessage(key, args, Locale.forLanguageTag(language));
  }

  @Test
  void manyLinesFlowOntoFurtherPagesAndLongTextsWrap() throws IOException {
    String longName = "北京云启科技有限公司".repeat(12);
    String longStreet = "Jianguo Road ".repeat(20) + "88";
    byte[] file = pdf.render(invoice(longName, longStreet), groups(120), null, Locale.ENGLISH);
    try (PDDocument document = Loader.loadPDF(file)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(2);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(document.getNumberOfPages());
      stripper.setEndPage(document.getNumberOfPages());
      String last = stripper.getText(document);
      // the table header again on the last page, and its footer
      assertThat(last)
          .contains("Charge type")
          .contains("Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages());
    }
    String text = text(file);
    // every one of the 120 groups made it
    assertThat(text.split("1,060\\.00", -1)).hasSize(121);
    // wrapped, not cut: the whole name is there once line breaks are removed, on no single line
    assertThat(text.replaceAll("\\R", "")).contains(longName);
    assertThat(text.lines()).noneMatch(line -> line.contains(longName));
    assertThat(text.split("Jianguo Road", -1)).hasSize(21);
  }

  @Test
  void aCharacterTheFontLacksIsAQuestionMarkNotAFailure() throws IOException {
    // U+2A6A5 (CJK Extension B) and an emoji are outside the subset
    String rare = "云启\uD869\uDEA5科技\uD83D\uDE00";
    assertThat(text(pdf.render(invoice(rare, STREET), List.of(), null, Locale.CHINESE)))
        .contains("云启?科技?")
        .contains(label("billing.lines.none", "zh"));
  }

  @Test
  void theFontCoversEveryCharacterOfTheBillingLabels() throws IOException {
    TrueTypeFont font;
    try (InputStream in = new ClassPathResource(InvoicePdf.FONT).getInputStream()) {
      font = new TTFParser().parse(new RandomAccessReadBuffer(in));
    }
    var cmap = font.getUnicodeCmapLookup();
    List<String> missing = new ArrayList<>();
    try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
      for (Path bundle :
          bundles.filter(p -> p.getFileName().toString().startsWith("billing")).toList()) {
        Files.readString(bundle)
            .codePoints()
            .filter(cp -> cp >= 0x20)
            .filter(cp -> cmap.getGlyphId(cp) == 0)
            .forEach(cp -> missing.add(bundle.getFileName() + ": U+" + Integer.toHexString(cp)));
      }
    }
    assertThat(missing).isEmpty();
    // and every GB2312 hanzi, e.g. the first and last of level 2
    assertThat(IntStream.of('啊', '齄', '康', '拓', '索', 'Ж', 'ё'))
        .allMatch(cp -> cmap.getGlyphId(cp) > 0);
    font.close();
  }

  @Test
  void amountsAreFormattedAsOnThePage() {
    assertThat(InvoicePdf.money(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
    assertThat(InvoicePdf.money(new BigDecimal("-165.00"))).isEqualTo("-165.00");
    assertThat(InvoicePdf.money(new BigDecimal("0.00"))).isEqualTo("0.00");
  }
}
