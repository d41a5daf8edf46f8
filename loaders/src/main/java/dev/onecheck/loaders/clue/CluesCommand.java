package dev.onecheck.loaders.clue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.domain.access.Role;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.clue.Clue;
import dev.onecheck.domain.planning.CityPolicy;
import dev.onecheck.loaders.LoadCommand;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.TextEmbedder;
import dev.onecheck.store.LoadCounts;
import dev.onecheck.store.audit.AuditTrail;
import dev.onecheck.store.catalog.CatalogReader;
import dev.onecheck.store.clue.ClueDesk;
import dev.onecheck.store.planning.TaskDesk;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * Loads a 12345 hotline export as clues received by a department: every row is checked first (a bad row rejects
 * the file, naming row and column), then each clue is read by the knowledge base (研判) and all are received in one
 * transaction, routed as {@code submitClue} routes them. A work order loaded before is left as it is.
 */
@Command(name = "clues", mixinStandardHelpOptions = true,
        description = "Loads clues from a hotline export (.csv or .xlsx: 工单编号, 来电时间, 诉求内容, 涉及单位, 地址, 来源 …).")
public class CluesCommand implements Callable<Integer> {

    private static final Clock CITY_CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

    @ParentCommand
    LoadCommand load;

    @Parameters(paramLabel = "FILE", description = "Hotline export (.csv or .xlsx).")
    Path file;

    @Option(names = "--department", required = true, description = "The receiving department (受理部门), e.g. JH-SCJG.")
    String department;

    @Option(names = "--response-days", defaultValue = "3", description = "响应时限 in days (default: ${DEFAULT-VALUE}), as the gateway's onecheck.clues.response-days.")
    int responseDays;

    @Option(names = "--confirmation-threshold", defaultValue = "0.75",
            description = "Subject match taken without confirmation (default: ${DEFAULT-VALUE}), as onecheck.clues.confirmation-threshold.")
    double threshold;

    @Option(names = "--min-similarity", defaultValue = "" + ClueDesk.MIN_SIMILARITY,
            description = "研判: similarity from which a violation is the clue's reading (default: ${DEFAULT-VALUE}), as onecheck.clues.min-similarity.")
    double minSimilarity;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            load.err().println("clues: " + file + " is not a file");
            return 1;
        }
        // The loader receives on the department's behalf; the audit trail names it as the actor.
        Viewer loader = new Viewer("load-clues", "线索导入 " + file.getFileName(), Set.of(Role.OFFICER), department, null, null);
        try (Driver driver = load.connect(); ElasticsearchClient es = load.search()) {
            if (new CatalogReader(driver).departments(List.of(department)).isEmpty()) {
                load.err().println("clues: --department " + department + " is no department of the catalog (departments.csv); nothing loaded");
                return 1;
            }
            KnowledgeSearch search = new KnowledgeSearch(es, new TextEmbedder());
            AuditTrail audit = new AuditTrail(CITY_CLOCK);
            // Receiving accepts nothing: the task desk is there for 受理, which the gateway does.
            ClueDesk desk = new ClueDesk(driver, audit, CITY_CLOCK, new TaskDesk(driver, audit, CityPolicy.WUXI),
                    new ClueDesk.Settings(responseDays, threshold));
            var reader = load.sheetReader();
            // a work order is one per source, as V009 keys it: 12345's GD-1 and a 投诉举报 GD-1 are two clues
            boolean loaded = load.recordLoader().load("clues", () -> reader.read(file, ClueRows.COLUMNS).rows(), "工单编号",
                    row -> ClueRows.clue(row, department).id(), row -> ClueRows.clue(row, department), rows -> { },
                    clues -> write(desk, search, loader, clues, minSimilarity));
            return loaded ? 0 : 2;
        }
    }

    private static LoadCounts write(ClueDesk desk, KnowledgeSearch search, Viewer loader, List<Clue> clues, double minSimilarity) {
        List<ClueDesk.Submission> submissions = clues.stream()
                .map(c -> new ClueDesk.Submission(c, search.violationsFor(c.content(), ClueDesk.READINGS, minSimilarity))).toList();
        long created = desk.submitAll(loader, submissions).stream().filter(ClueDesk.Submitted::created).count();
        return new LoadCounts((int) created, 0, clues.size() - (int) created, 0);
    }
}
