package cn.hinews.core.bulletin;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The issue as PDF: the print variant of {@link HtmlRenderer} laid out by openhtmltopdf, with the
 * CJK fonts embedded as subsets (text selectable and searchable), a bookmark per item and clickable
 * links. No office suite at run time.
 */
final class PdfRenderer implements BulletinRenderer {
  private final HtmlRenderer html = new HtmlRenderer(HtmlRenderer.Medium.PRINT);

  @Override
  public void render(BulletinView view, OutputStream out) throws IOException {
    PdfFonts fonts = PdfFonts.locate();
    List<Closeable> open = new ArrayList<>();
    try (PDDocument doc = new PDDocument()) {
      PDType0Font serif = PDType0Font.load(doc, fonts.serif().open(open), true);
      PDType0Font sans =
          fonts.sans().equals(fonts.serif())
              ? serif
              : PDType0Font.load(doc, fonts.sans().open(open), true);
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(doc);
      builder.useFastMode();
      if (fonts.latin().isPresent()) {
        PDType0Font latin = PDType0Font.load(doc, fonts.latin().get().open(open), true);
        builder.useFont(new PDFontSupplier(latin), PdfFonts.LATIN, 400, FontStyle.NORMAL, true);
      }
      for (int weight : new int[] {400, 700}) {
        builder.useFont(new PDFontSupplier(serif), PdfFonts.SERIF, weight, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(sans), PdfFonts.SANS, weight, FontStyle.NORMAL, true);
      }
      builder.withHtmlContent(html.toHtml(view), null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
      }
      describe(doc.getDocumentInformation(), view);
      doc.save(out);
    } finally {
      for (Closeable c : open) {
        c.close();
      }
    }
  }

  /** Title and dates from the issue, not the clock: the same issue gives the same metadata. */
  private static void describe(PDDocumentInformation info, BulletinView view) {
    info.setTitle(view.series().title() + HouseStyle.numberLine(view.issue().number()));
    info.setAuthor(view.series().publisher());
    info.setSubject(HouseStyle.lead(view.series(), view.issue().period(), view.entries().size()));
    info.setCreator("hinews");
    info.setProducer("hinews (openhtmltopdf, PDFBox)");
    GregorianCalendar date =
        new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    date.setTimeInMillis(
        view.issue()
            .issueDate()
            .atStartOfDay(cn.hinews.core.domain.Zones.SHANGHAI)
            .toInstant()
            .toEpochMilli());
    info.setCreationDate(date);
    info.setModificationDate(date);
  }
}
