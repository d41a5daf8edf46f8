package dev.onecheck.loaders.clue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.onecheck.domain.clue.Clue;
import dev.onecheck.domain.clue.ClueSource;
import dev.onecheck.domain.clue.SubjectReference;
import dev.onecheck.domain.text.TextLimits;
import dev.onecheck.domain.text.UserText;
import dev.onecheck.loaders.sheet.SheetRow;

/**
 * One row of a 12345 hotline export (工单编号, 来电时间, 诉求内容, 涉及单位, 地址, 来源 …) as a {@link Clue}. Times
 * without an offset are the city's (Asia/Shanghai); an xlsx time cell arrives as Excel's day number — only a number
 * cell is read so: a CSV's 20270506 is text, and not a time.
 */
final class ClueRows {

    static final List<String> COLUMNS = List.of("工单编号", "来电时间", "诉求内容");
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime EXCEL_EPOCH = LocalDate.of(1899, 12, 30).atStartOfDay();
    private static final long SECONDS_PER_DAY = 86_400;
    /** The day after 9999-12-31, the last date Excel has. */
    private static final BigDecimal LAST_EXCEL_DAY = BigDecimal.valueOf(2_958_466);

    private ClueRows() {
    }

    static Clue clue(SheetRow row, String department) {
        String sourceText = row.text("来源");
        ClueSource source = sourceText == null ? ClueSource.HOTLINE_12345 : ClueSource.of(sourceText)
                .orElseThrow(() -> row.error("来源", "'" + sourceText + "' is not one of 12345/投诉举报/上级交办/部门移送/非现场监测/舆情"));
        String uscc = text(row, "统一社会信用代码", "uscc");
        String name = text(row, "涉及单位", "name");
        if (uscc == null && name == null) {
            throw row.error("涉及单位", "is empty, and so is 统一社会信用代码: name the firm the complaint is about");
        }
        String caller = text(row, "来电人", "name");
        String phone = text(row, "联系电话", "phone");
        return new Clue(source, required(row, "工单编号", "workOrder"), time(row), required(row, "诉求内容", "content"),
                caller == null && phone == null ? null : new Clue.Complainant(caller, phone),
                new SubjectReference(uscc, name, text(row, "地址", "address")), department);
    }

    /** The cell, held to what {@code submitClue} allows the input field it becomes: its length, no control characters. */
    private static String text(SheetRow row, String column, String field) {
        String value = row.text(column);
        UserText.problem(value, TextLimits.forArgument(field)).ifPresent(problem -> {
            throw row.error(column, problem);
        });
        return value;
    }

    private static String required(SheetRow row, String column, String field) {
        row.required(column);
        return text(row, column, field);
    }

    private static OffsetDateTime time(SheetRow row) {
        String value = row.required("来电时间");
        if (row.isNumber("来电时间")) {
            return excelTime(row, value);
        }
        String iso = value.replace('/', '-').replaceFirst(" ", "T");
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(iso.length() == 16 ? iso + ":00" : iso).atZone(CITY).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw row.error("来电时间", "'" + value + "' is not a time (2027-05-06 09:30)");
            }
        }
    }

    /** An xlsx time cell: days since 1899-12-30, the fraction the time of day. */
    private static OffsetDateTime excelTime(SheetRow row, String value) {
        try {
            BigDecimal days = new BigDecimal(value);
            if (days.signum() <= 0 || days.compareTo(LAST_EXCEL_DAY) >= 0) {
                throw new DateTimeException("Excel's dates run from 1900 to 9999");
            }
            long seconds = days.multiply(BigDecimal.valueOf(SECONDS_PER_DAY)).setScale(0, RoundingMode.HALF_UP).longValueExact();
            return EXCEL_EPOCH.plusSeconds(seconds).atZone(CITY).toOffsetDateTime();
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            throw row.error("来电时间", "the number " + value + " is not an Excel date and time (format the cell as 2027-05-06 09:30)");
        }
    }
}
