package cn.csp.portal.web.billing;

import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.InvoiceLineGroup;
import cn.csp.portal.billing.InvoiceSections;
import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.LegalBusinessProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The invoice as a PDF (spec 2.12): the header, bill-to and service recipient, payment
 * instructions, the sections with the total and the line summary, labels in the reader's language.
 * Text is set in WenQuanYi Micro Hei (a subset bundled under {@code fonts/}, embedded again as a
 * subset of the glyphs used), so Chinese names and addresses render without any system font.
 */
@Component
class InvoicePdf {

  static final String FONT = "fonts/wqy-microhei-subset.ttf";

  private static final float MARGIN = 50;
  private static final float BODY = 9;
  private static final float SMALL = 7.5f;
  private static final float LEADING = 1.35f;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private final byte[] font;
  private final MessageSource messages;
  private final String customerServiceUrl;

  InvoicePdf(MessageSource messages, @Value("${portal.base-url}") String baseUrl) {
    this.messages = messages;
    // the portal's support section, where partners reach 21Vianet
    this.customerServiceUrl = baseUrl.replaceAll("/+$", "") + "/support";
    try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
      this.font = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF font " + FONT + " is missing", e);
    }
  }

  /**
   * Renders the invoice.
   *
   * @param serviceRecipient the partner's legal business profile, null when it has none
   */
  byte[] render(
      InvoiceDetails invoice,
      List<InvoiceLineGroup> lines,
      LegalBusinessProfile serviceRecipient,
      Locale locale)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font type0 = PDType0Font.load(document, new ByteArrayInputStream(font), true);
      Layout layout = new Layout(document, type0);
      new Content(layout, invoice, lines, serviceRecipient, locale).write();
      layout.finish((page, pages) -> text("billing.pdf.page", locale, page, pages));
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(text("billing.invoice.title", locale, invoice.id()));
      info.setAuthor(text("billing.pdf.issuer", locale));
      info.setSubject(invoice.partnerName());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /** Amounts as the invoice page shows them: grouping commas, two decimals. */
  static String money(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount);
  }

  /** What goes on the pages, top to bottom. */
  private final class Content {
    private final Layout out;
    private final InvoiceDetails invoice;
    private final List<InvoiceLineGroup> lines;
    private final LegalBusinessProfile recipient;
    private final Locale locale;

    Content(
        Layout out,
        InvoiceDetails invoice,
        List<InvoiceLineGroup> lines,
        LegalBusinessProfile recipient,
        Locale locale) {
      this.out = out;
      this.invoice = invoice;
      this.lines = lines;
      this.recipient = recipient;
      this.locale = locale;
    }

    private String t(String key, Object... args) {
      return text(key, locale, args);
    }

    void write() throws IOException {
      out.paragraph(t("billing.pdf.issuer"), SMALL, false, 0, WIDTH);
      out.paragraph(t("billing.invoice.title", invoice.id()), 16, true, 0, WIDTH);
      out.paragraph(invoice.partnerName(), 11, false, 0, WIDTH);
      out.gap(8);
      header();
      out.gap(6);
      addresses();
      out.gap(6);
      out.paragraph(t("billing.invoice.paymentInstructions", invoice.id()), BODY, true, 0, WIDTH);
      out.gap(10);
      sections();
      out.gap(10);
      lineSummary();
    }

    private void header() throws IOException {
      String none = "-";
      List<String[]> rows =
          List.of(
              new String[] {t("billing.invoice.number"), invoice.id()},
              new String[] {t("billing.invoice.customerNumber"), invoice.customerNumber()},
              new String[] {t("billing.invoice.mpnId"), invoice.mpnId()},
              new String[] {t("billing.invoice.date"), invoice.invoiceDate().toString()},
              new String[] {
                t("billing.invoice.period"),
                t("billing.period", invoice.billingPeriodStart(), invoice.billingPeriodEnd())
              },
              new String[] {
                t("billing.invoice.terms"),
                t("billing.invoice.terms.net", invoice.paymentTermsDays())
              },
              new String[] {t("billing.invoice.due"), invoice.dueDate().toString()},
              new String[] {
                t("billing.invoice.po"),
                invoice.purchaseOrderNumber() == null ? none : invoice.purchaseOrderNumber()
              },
              new String[] {t("billing.pdf.customerService"), customerServiceUrl});
      float[] columns = {WIDTH * 0.35f, WIDTH * 0.65f};
      for (String[] row : rows) {
        out.row(columns, row, new boolean[] {false, false}, false);
      }
    }

    private void addresses() throws IOException {
      InvoiceDetails.BillTo b = invoice.billTo();
      List<String> billTo = new ArrayList<>();
      billTo.add(b.companyName());
      billTo.addAll(
          addressLines(
              b.addressLine1(),
              b.addressLine2(),
              b.city(),
              b.state(),
              b.postalCode(),
              b.country()));
      if (b.recipientName() != null) {
        billTo.add(
            b.recipientName()
                + (b.recipientEmail() == null ? "" : " <" + b.recipientEmail() + ">"));
      }
      List<String> serviceRecipient = new ArrayList<>();
      if (recipient != null) {
        Address a = recipient.address();
        serviceRecipient.add(recipient.companyName());
        serviceRecipient.addAll(
            addressLines(
                a.addressLine1(),
                a.addressLine2(),
                a.city(),
                a.state(),
                a.postalCode(),
                a.country()));
      } else {
        serviceRecipient.add(invoice.partnerName());
      }
      float[] columns = {WIDTH / 2, WIDTH / 2};
      out.row(
          columns,
          new String[] {t("billing.invoice.billTo"), t("billing.pdf.serviceRecipient")},
          new boolean[] {false, false},
          true);
      out.row(
          columns,
          new String[] {String.join("\n", billTo), String.join("\n", serviceRecipient)},
          new boolean[] {false, false},
          false);
    }

    private void sections() throws IOException {
      out.paragraph(t("billing.sections.heading"), 12, true, 0, WIDTH);
      InvoiceSections s = invoice.sections();
      float[] columns = {WIDTH * 0.6f, WIDTH * 0.4f};
      boolean[] right = {false, true};
      String[][] rows = {
        {t("billing.section.RECURRING_CHARGES"), money(s.recurringCharges())},
        {t("billing.section.OTHER_PRODUCTS_AND_SERVICES"), money(s.otherProductsAndServices())},
        {t("billing.section.USAGE_CHARGES"), money(s.usageCharges())},
        {t("billing.section.CREDITS_AND_ADJUSTMENTS"), money(s.creditsAndAdjustments())},
        {t("billing.section.OTHER_DISCOUNTS_USAGE"), money(s.usageDiscounts())},
        {t("billing.section.OTHER_DISCOUNTS_LICENSE"), money(s.licenseDiscounts())},
        {t("billing.pdf.subtotal"), money(s.subtotal())},
        {t("billing.section.TAXES"), money(s.taxes())},
        {t("billing.pdf.financeCharges"), money(s.financeCharges())},
      };
      for (String[] row : rows) {
        out.row(columns, row, right, false);
      }
      out.row(
          columns,
          new String[] {
            t("billing.invoice.totalCurrent"), money(invoice.total()) + " " + invoice.currency()
          },
          right,
          true);
    }

    private void lineSummary() throws IOException {
      out.paragraph(t("billing.lines.heading"), 12, true, 0, WIDTH);
      if (lines.isEmpty()) {
        out.paragraph(t("billing.lines.none"), BODY, false, 0, WIDTH);
        return;
      }
      float[] columns = {0.17f, 0.20f, 0.22f, 0.07f, 0.12f, 0.10f, 0.12f};
      for (int i = 0; i < columns.length; i++) {
        columns[i] *= WIDTH;
      }
      boolean[] right = {false, false, false, true, true, true, true};
      String[] head = {
        t("billing.lines.file"),
        t("billing.lines.section"),
        t("billing.lines.chargeType"),
        t("billing.lines.count"),
        t("billing.lines.amount"),
        t("billing.lines.tax"),
        t("billing.lines.total")
      };
      out.tableHeader(columns, head, right);
      for (InvoiceLineGroup g : lines) {
        out.row(
            columns,
            new String[] {
              g.usage() ? t("billing.files.usage") : t("billing.files.license"),
              t("billing.section." + g.section()),
              g.chargeType(),
              Integer.toString(g.lines()),
              money(g.amount()),
              money(g.tax()),
              money(g.total())
            },
            right,
            false);
      }
      out.tableHeader(null, null, null);
    }
  }

  private static List<String> addressLines(
      String line1, String line2, String city, String state, String postalCode, String country) {
    if (line1 == null) {
      return List.of();
    }
    String first = line2 == null ? line1 : line1 + ", " + line2;
    String second =
        Stream.of(city, state, postalCode, country)
            .filter(part -> part != null && !part.isBlank())
            .collect(Collectors.joining(" "));
    return List.of(first, second);
  }

  /**
   * Places text top-down on A4 pages: wraps it to a width (between words, or between any two CJK
   * characters), starts a new page when the next block does not fit, and repeats a table's header
   * row there.
   */
  static final class Layout {
    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream page;
    private float y;
    private float[] headerColumns;
    private String[] header;
    private boolean[] headerRight;

    Layout(PDDocument document, PDType0Font font) throws IOException {
      this.document = document;
      this.font = font;
      newPage();
    }

    private void newPage() throws IOException {
      if (page != null) {
        page.close();
      }
      PDPage next = new PDPage(PDRectangle.A4);
      document.addPage(next);
      page = new PDPageContentStream(document, next);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void gap(float points) {
      y -= points;
    }

    /**
     * Keeps {@code height} points together: a new page (with the table header) if they do not fit.
     */
    private void need(float height) throws IOException {
      if (y - height < MARGIN + 20) {
        newPage();
        if (header != null) {
          drawRow(headerColumns, header, headerRight, true);
        }
      }
    }

    void paragraph(String text, float size, boolean bold, float x, float width) throws IOException {
      List<String> wrapped = wrap(text, size, width);
      float lineHeight = size * LEADING;
      for (String line : wrapped) {
        need(lineHeight);
        y -= lineHeight;
        show(line, MARGIN + x, y + size * 0.25f, size, bold);
      }
    }

    /** A table's header row, drawn now and again on every further page until the next call. */
    void tableHeader(float[] columns, String[] cells, boolean[] right) throws IOException {
      headerColumns = columns;
      header = cells;
      headerRight = right;
      if (cells != null) {
        need(3 * BODY * LEADING);
        drawRow(columns, cells, right, true);
      }
    }

    void row(float[] columns, String[] cells, boolean[] right, boolean bold) throws IOException {
      need(rowHeight(columns, cells));
      drawRow(columns, cells, right, bold);
    }

    private float rowHeight(float[] columns, String[] cells) throws IOException {
      int most = 1;
      for (int i = 0; i < cells.length; i++) {
        most = Math.max(most, wrap(cells[i], BODY, columns[i] - 4).size());
      }
      return most * BODY * LEADING + 3;
    }

    private void drawRow(float[] columns, String[] cells, boolean[] right, boolean bold)
        throws IOException {
      float height = rowHeight(columns, cells);
      float x = MARGIN;
      for (int i = 0; i < cells.length; i++) {
        float lineY = y;
        for (String line : wrap(cells[i], BODY, columns[i] - 4)) {
          lineY -= BODY * LEADING;
          float offset = right[i] ? columns[i] - 4 - width(line, BODY) : 0;
          show(line, x + offset, lineY + BODY * 0.25f, BODY, bold);
        }
        x += columns[i];
      }
      y -= height;
      page.setLineWidth(0.3f);
      page.setStrokingColor(0.75f);
      page.moveTo(MARGIN, y + 1);
      page.lineTo(MARGIN + WIDTH, y + 1);
      page.stroke();
    }

    private void show(String line, float x, float baseline, float size, boolean bold)
        throws IOException {
      // the font has one weight: bold is the outline stroked over the fill
      page.setLineWidth(size / 30);
      page.setStrokingColor(0f);
      page.beginText();
      page.setFont(font, size);
      page.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
      page.newLineAtOffset(x, baseline);
      page.showText(line);
      page.endText();
    }

    /** Wraps at spaces, or between two characters where a word does not fit (CJK has no spaces). */
    List<String> wrap(String text, float size, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String paragraph : printable(text).split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        for (String token : tokens(paragraph)) {
          if (width(line + token, size) <= width) {
            line.append(token);
            continue;
          }
          if (!line.isEmpty()) {
            lines.add(line.toString().stripTrailing());
            line.setLength(0);
          }
          String rest = token.stripLeading();
          while (width(rest, size) > width) {
            int fits = 1;
            while (fits < rest.length() && width(rest.substring(0, fits + 1), size) <= width) {
              fits++;
            }
            lines.add(rest.substring(0, fits));
            rest = rest.substring(fits);
          }
          line.append(rest);
        }
        lines.add(line.toString().stripTrailing());
      }
      return lines;
    }

    /**
     * Words with their leading space; every CJK character is a word of its own, except that closing
     * punctuation stays with the character before it and opening punctuation with the one after.
     */
    static List<String> tokens(String text) {
      List<String> tokens = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      text.codePoints()
          .forEach(
              cp -> {
                boolean closing = CLOSING.indexOf(cp) >= 0;
                if (closing && word.isEmpty() && !tokens.isEmpty()) {
                  tokens.set(
                      tokens.size() - 1, tokens.get(tokens.size() - 1) + Character.toString(cp));
                  return;
                }
                boolean breaksBefore = cp == ' ' || (isCjk(cp) && !closing);
                if (breaksBefore && !word.toString().isBlank() && !endsOpening(word)) {
                  tokens.add(word.toString());
                  word.setLength(0);
                }
                word.appendCodePoint(cp);
                if (isCjk(cp) && OPENING.indexOf(cp) < 0) {
                  tokens.add(word.toString());
                  word.setLength(0);
                }
              });
      if (!word.isEmpty()) {
        tokens.add(word.toString());
      }
      return tokens;
    }

    private static final String OPENING = "（「『【〔《〈“‘";
    private static final String CLOSING = "）」』】〕》〉”’，。、；：！？,.;:!?)";

    private static boolean endsOpening(StringBuilder word) {
      return !word.isEmpty() && OPENING.indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    private static boolean isCjk(int cp) {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      return script == Character.UnicodeScript.HAN
          || (cp >= 0x3000 && cp <= 0x303F)
          || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    /** Control characters become spaces and characters the font lacks a question mark. */
    String printable(String text) {
      if (text == null) {
        return "";
      }
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                if (cp == '\n') {
                  out.append('\n');
                } else if (Character.isISOControl(cp)) {
                  out.append(' ');
                } else {
                  out.appendCodePoint(printable.computeIfAbsent(cp, this::hasGlyph) ? cp : '?');
                }
              });
      return out.toString();
    }

    private boolean hasGlyph(int cp) {
      try {
        font.encode(new String(Character.toChars(cp)));
        return true;
      } catch (IllegalArgumentException | IOException missing) {
        return false;
      }
    }

    /** Closes the last page and writes "page n of m" at the foot of every page. */
    void finish(BiFunction<Integer, Integer, String> footer) throws IOException {
      page.close();
      int count = document.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        try (PDPageContentStream foot =
            new PDPageContentStream(
                document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
          page = foot;
          String text = printable(footer.apply(i + 1, count));
          show(text, MARGIN + WIDTH - width(text, SMALL), MARGIN - 20, SMALL, false);
        }
      }
    }
  }
}
