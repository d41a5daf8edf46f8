package dev.onecheck.loaders.sheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file in UTF-8 (BOM dropped) or, when its bytes are not valid UTF-8, in GBK — what Excel and
 * Notepad on a Chinese Windows save. Both decodings are strict: a file in neither fails instead of loading mojibake.
 */
public final class TextFiles {

    private static final Charset GBK = Charset.forName("GBK");

    private TextFiles() {
    }

    /** @throws CharacterCodingException when the file is neither UTF-8 nor GBK */
    public static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return GBK.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        }
    }
}
