package org.smavs.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;

/** A printable attendance sheet: a summary block, then the roster as a table over as many pages as needed. */
public final class AttendancePdf {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final float MARGIN = 40;
    private static final float LINE = 14;
    private static final float[] COLUMNS = {MARGIN, 110, 250, 310, 460};
    private static final int[] WIDTHS = {12, 26, 9, 28, 16};

    public byte[] render(ExportData data) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Page page = new Page(document);
            page.text(bold, 16, MARGIN, "Attendance: " + data.sessionTitle());
            page.y -= 6;
            page.text(regular, 10, MARGIN, "Course: " + (data.courseCode() == null ? "-"
                    : data.courseCode() + " " + nullToDash(data.courseName())));
            page.text(regular, 10, MARGIN, "Lecturer: " + nullToDash(data.lecturerName()) + "    Session #" + data.sessionId()
                    + " (" + data.status() + ")");
            page.text(regular, 10, MARGIN, "Time: " + TIME.format(data.startsAt()) + " - " + TIME.format(data.endsAt()) + " UTC");
            page.text(regular, 10, MARGIN, "Summary: " + data.rows().size() + " students; present "
                    + data.count(AttendanceStatus.PRESENT) + ", flagged " + data.count(AttendanceStatus.FLAGGED)
                    + ", rejected " + data.count(AttendanceStatus.REJECTED) + ", excused " + data.count(AttendanceStatus.EXCUSED)
                    + ", absent " + data.count(AttendanceStatus.ABSENT));
            page.y -= 10;
            header(page, bold);
            for (AttendanceRecord r : data.rows()) {
                if (page.y < MARGIN + LINE) {
                    page.close();
                    page = new Page(document);
                    header(page, bold);
                }
                page.row(regular, 9, new String[] {r.studentNumber(), r.studentName(), r.status().wire(),
                        r.flags().stream().map(Enum::name).collect(Collectors.joining(", ")),
                        r.submittedAt() == null ? "" : TIME.format(r.submittedAt().toInstant())});
            }
            page.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF export", e);
        }
    }

    private static void header(Page page, PDType1Font bold) throws IOException {
        page.row(bold, 9, new String[] {"Student no.", "Name", "Status", "Reasons", "Checked in (UTC)"});
    }

    private static String nullToDash(String value) {
        return value == null ? "-" : value;
    }

    /** The standard fonts speak WinAnsi only; anything else prints as '?' instead of failing the export. */
    static String printable(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c <= 0x7e || c >= 0xa0 && c <= 0xff ? c : '?');
        }
        return out.length() > maxChars ? out.substring(0, Math.max(0, maxChars - 1)) + "." : out.toString();
    }

    /** One A4 page being written, with a cursor that moves down. */
    private static final class Page {
        private final PDPageContentStream content;
        private float y;

        Page(PDDocument document) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void text(PDType1Font font, float size, float x, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable(text, 110));
            content.endText();
            y -= LINE;
        }

        void row(PDType1Font font, float size, String[] cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(COLUMNS[i], y);
                content.showText(printable(cells[i], WIDTHS[i]));
                content.endText();
            }
            y -= LINE;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
