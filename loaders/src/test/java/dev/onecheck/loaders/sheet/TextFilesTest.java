package dev.onecheck.loaders.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        Path plain = Files.writeString(dir.resolve("a.csv"), "事项编码,事项名称");
        Path bom = Files.writeString(dir.resolve("b.csv"), "\uFEFF事项编码,事项名称");

        assertThat(TextFiles.read(plain)).isEqualTo("事项编码,事项名称");
        assertThat(TextFiles.read(bom)).isEqualTo("事项编码,事项名称");
    }

    @Test
    void fallsBackToGbk() throws Exception {
        Path gbk = Files.write(dir.resolve("c.csv"), "部门编码,部门名称".getBytes(Charset.forName("GBK")));

        assertThat(TextFiles.read(gbk)).isEqualTo("部门编码,部门名称");
    }

    @Test
    void refusesBytesThatAreNeither() throws Exception {
        Path binary = Files.write(dir.resolve("d.csv"), new byte[] {(byte) 0x81, (byte) 0x7F, (byte) 0xFF});

        assertThatThrownBy(() -> TextFiles.read(binary)).isInstanceOf(CharacterCodingException.class);
    }
}
