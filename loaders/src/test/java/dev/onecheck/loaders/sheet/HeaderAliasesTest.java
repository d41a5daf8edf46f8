package dev.onecheck.loaders.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderAliasesTest {

    @Test
    void mapsKnownVariantsAndIgnoresSpacesAndRequiredMarks() {
        HeaderAliases aliases = HeaderAliases.builtIn();

        assertThat(aliases.canonical(" 监管事项名称 ")).isEqualTo("事项名称");
        assertThat(aliases.canonical("牵头部门*")).isEqualTo("发起部门");
        assertThat(aliases.canonical("社会信用代码")).isEqualTo("统一社会信用代码");
        assertThat(aliases.canonical("行业名称")).isEqualTo("行业名称");
    }

    @Test
    void aMappingFileAddsAndOverrides(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("h.properties"), "所属单位=部门\n牵头部门=配合部门\n");

        HeaderAliases aliases = HeaderAliases.withFile(file);

        assertThat(aliases.canonical("所属单位")).isEqualTo("部门");
        assertThat(aliases.canonical("牵头部门")).isEqualTo("配合部门");
        assertThat(aliases.canonical("监管事项名称")).isEqualTo("事项名称");
    }
}
