package dev.onecheck.gateway.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.supervision.SupervisionRow;
import dev.onecheck.gateway.api.ForbiddenException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 评价监督月报 for download: the rows of {@code supervisionMetrics} as CSV (UTF-8 with a byte order mark, so a
 * spreadsheet reads the Chinese headers) or as an xlsx workbook, authorised exactly like the query. A refusal is
 * 403, a wrong parameter 400 naming it; nothing is sent in part, since the report is built before it is answered.
 */
@RestController
class SupervisionExportController {

    static final String PATH = "/exports/supervision-metrics";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SupervisionMetrics metrics;

    SupervisionExportController(SupervisionMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping(PATH + ".csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String department, @RequestParam(required = false) String region,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String granularity, @AuthenticationPrincipal Viewer viewer) throws IOException {
        List<SupervisionRow> rows = metrics.rows(viewer, department, region, from, to, granularity);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            // the byte order mark before the header, which the printer writes as it is made
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(SupervisionTable.headers().toArray(String[]::new)).get());
            for (SupervisionRow row : rows) {
                csv.printRecord(SupervisionTable.cells(row).stream().map(SupervisionExportController::text).toList());
            }
            csv.flush();
        }
        return download(out.toByteArray(), new MediaType("text", "csv", StandardCharsets.UTF_8), "csv");
    }

    @GetMapping(PATH + ".xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String department, @RequestParam(required = false) String region,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String granularity, @AuthenticationPrincipal Viewer viewer) throws IOException {
        List<SupervisionRow> rows = metrics.rows(viewer, department, region, from, to, granularity);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "OneCheck", "1.0");
        Worksheet sheet = workbook.newWorksheet("评价监督指标");
        List<String> headers = SupervisionTable.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> cells = SupervisionTable.cells(rows.get(r));
            for (int c = 0; c < cells.size(); c++) {
                switch (cells.get(c)) {
                    case null -> { }
                    case Double ratio -> sheet.value(r + 1, c, ratio);
                    case Long count -> sheet.value(r + 1, c, count);
                    case Object text -> sheet.value(r + 1, c, text.toString());
                }
            }
        }
        sheet.freezePane(4, 1);
        workbook.finish();
        return download(out.toByteArray(), XLSX, "xlsx");
    }

    /** Ratios to four places, so a spreadsheet and a reader see the same figure; none as an empty cell. */
    private static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case Double ratio -> String.format(Locale.ROOT, "%.4f", ratio);
            default -> cell.toString();
        };
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String extension) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("评价监督指标." + extension, StandardCharsets.UTF_8).build().toString()).body(body);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<String> forbidden(ForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    /** The query's field names ({@code filter.from}) are the export's parameter names ({@code from}). */
    @ExceptionHandler(PlanningRefusal.class)
    ResponseEntity<String> refused(PlanningRefusal e) {
        if (e.kind() != PlanningRefusal.Kind.INVALID) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
        }
        return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(e.problems().stream()
                .map(p -> "parameter '" + p.field().replaceFirst("^filter\\.", "") + "' " + p.message()).collect(Collectors.joining("; ")));
    }
}
