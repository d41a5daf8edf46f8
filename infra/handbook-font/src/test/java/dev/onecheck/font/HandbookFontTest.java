package dev.onecheck.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.DataInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** The jar carries a TrueType font (PDFBox embeds no CFF) that has the glyphs of a handbook's Chinese text. */
class HandbookFontTest {

    @Test
    void theJarCarriesTrueTypeOutlines() throws Exception {
        try (var in = new DataInputStream(HandbookFont.open())) {
            assertThat(in.readInt()).as("sfnt version 1.0 (TrueType), not 'OTTO' (CFF)").isEqualTo(0x00010000);
        }
    }

    @Test
    void itHasTheGlyphsOfAHandbook() throws Exception {
        try (InputStream in = HandbookFont.open()) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            assertThat(font.canDisplayUpTo("一业一册：正餐服务 食品经营许可情况检查（综合查一次），罚款５０００元")).isEqualTo(-1);
        }
    }
}
