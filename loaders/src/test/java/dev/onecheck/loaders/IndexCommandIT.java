package dev.onecheck.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load index} and {@code eval} against the real stack: first a rebuild, then only what changed. */
@EmbeddedStack
class IndexCommandIT {

    private static String bolt;
    private static String elasticsearch;

    @BeforeAll
    static void graph(StackEndpoints stack, @TempDir Path dir) throws IOException {
        bolt = stack.bolt().toString();
        elasticsearch = stack.elasticsearch().toString();
        LoadCli.run("--neo4j", bolt, "laws", "src/test/resources/law-collection");
        for (String file : List.of("regions.csv", "departments.csv")) {
            Files.copy(Path.of("src/test/resources/catalog", file), dir.resolve(file));
        }
        assertThat(LoadCli.run("--neo4j", bolt, "catalog", dir.toString()).exitCode()).isZero();
        assertThat(LoadCli.run("--neo4j", bolt, "violations", "src/test/resources/penalty/violations.json").exitCode()).isZero();
        assertThat(LoadCli.run("--neo4j", bolt, "cases", "src/test/resources/penalty/cases.json").exitCode()).isZero();
    }

    @Test
    void indexesEverythingOnceThenOnlyChangesAndEvaluates(@TempDir Path dir) throws IOException {
        LoadCli first = LoadCli.run("--neo4j", bolt, "--elasticsearch", elasticsearch, "index");
        LoadCli again = LoadCli.run("--neo4j", bolt, "--elasticsearch", elasticsearch, "index");
        Path questions = dir.resolve("q.jsonl");
        Files.writeString(questions, """
                {"q":"餐饮场所为违法食用野生动物提供消费服务","law":"野生动物保护法","article":55}
                """);
        LoadCli eval = LoadCli.run("--elasticsearch", elasticsearch, "eval", questions.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        // the curated violation of violations.json and the 24 the law load derives from the test collection's penalty articles
        // (行政处罚法 第七十三条第三款 "…加处罚款的数额在行政复议或者行政诉讼期间不予计算" is enforcement, 第三十五条第二款 "…不再给予罚款"
        // a set-off and 第七十八条 "…依法给予处分" discipline: no violation)
        assertThat(first.out()).contains("25 standards").contains("cases indexed");
        assertThat(again.out()).contains("index: 0 provisions, 0 standards, 0 cases indexed, 0 removed");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("| q.jsonl | 1 | 1.00 | 1.00 | 1.000 |");
    }

    @Test
    void anUnreachableElasticsearchIsReportedAndTheChangesWait() {
        LoadCli down = LoadCli.run("--neo4j", bolt, "--elasticsearch", "http://127.0.0.1:1", "index");

        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.err()).contains("did not answer").contains("outbox");
    }

    @Test
    void aMalformedQuestionFileNamesItsLine(@TempDir Path dir) throws IOException {
        Path questions = dir.resolve("bad.jsonl");
        Files.writeString(questions, "{\"q\":\"x\",\"law\":\"y\",\"article\":1}\n{\"q\":\"x\"}\n");

        LoadCli eval = LoadCli.run("--elasticsearch", elasticsearch, "eval", questions.toString());

        assertThat(eval.exitCode()).isEqualTo(1);
        assertThat(eval.err()).contains("bad.jsonl line 2");
    }
}
