package dev.onecheck.loaders.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import dev.onecheck.loaders.sheet.RowException;
import dev.onecheck.loaders.sheet.SheetRow;
import org.junit.jupiter.api.Test;

/** 来电时间 of a hotline row: text as written, an xlsx number cell as Excel's day number, anything else a clear error. */
class ClueRowsTest {

    private static SheetRow row(String file, String time, boolean numberCell) {
        return row(file, time, numberCell, "后厨脏");
    }

    private static SheetRow row(String file, String time, boolean numberCell, String content) {
        return new SheetRow(file, 2, Map.of("工单编号", "GD-1", "来电时间", time, "诉求内容", content, "涉及单位", "老街大排档"),
                numberCell ? Set.of("来电时间") : Set.of());
    }

    @Test
    void aCellIsHeldToTheLengthSubmitClueAllows() {
        assertThat(ClueRows.clue(row("12345.csv", "2027-05-06 09:30", false, "脏".repeat(2000)), "JH-SCJG").content()).hasSize(2000);
        assertThatThrownBy(() -> ClueRows.clue(row("12345.csv", "2027-05-06 09:30", false, "脏".repeat(2001)), "JH-SCJG"))
                .hasMessage("12345.csv row 2, column 诉求内容: is 2001 characters long; at most 2000");
    }

    @Test
    void anAllDigitCsvCellIsTextAndNotATime() {
        assertThatThrownBy(() -> ClueRows.clue(row("12345.csv", "20270506", false), "JH-SCJG"))
                .isInstanceOf(RowException.class)
                .hasMessage("12345.csv row 2, column 来电时间: '20270506' is not a time (2027-05-06 09:30)");
    }

    @Test
    void anXlsxNumberCellIsExcelsDayNumberAndANumberNoTimeCanBeIsRefusedWithItsCell() {
        // 46513 is 2027-05-06 in Excel's count from 1899-12-30; .5 is noon
        assertThat(ClueRows.clue(row("12345.xlsx", "46513.5", true), "JH-SCJG").receivedAt())
                .isEqualTo(OffsetDateTime.parse("2027-05-06T12:00:00+08:00"));
        for (String serial : new String[] {"99999999999", "0", "1e400"}) {
            assertThatThrownBy(() -> ClueRows.clue(row("12345.xlsx", serial, true), "JH-SCJG"))
                    .isInstanceOf(RowException.class)
                    .hasMessage("12345.xlsx row 2, column 来电时间: the number " + serial
                            + " is not an Excel date and time (format the cell as 2027-05-06 09:30)");
        }
    }
}
