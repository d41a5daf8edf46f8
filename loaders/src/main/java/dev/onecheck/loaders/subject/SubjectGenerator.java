package dev.onecheck.loaders.subject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.subject.Subject;
import dev.onecheck.domain.subject.Uscc;
import dev.onecheck.store.catalog.CatalogStore.Place;
import dev.onecheck.store.catalog.CatalogStore.Sector;

/**
 * Fictional enterprises for the sample city: the same seed and catalogue always give the same subjects, with
 * valid credit codes (统一社会信用代码: 91 + region code + 9 random characters + check character), a credit level
 * (A 30 %, B 50 %, C 15 %, D 5 %), a risk level, some white-listed trusted firms, and the departments supervising
 * their industry.
 */
public final class SubjectGenerator {

    private static final String[] TRADE_NAMES = {"海棠", "江澜", "鸿运", "瑞丰", "金帆", "嘉禾", "明德", "惠民", "德顺", "新潮",
            "百味", "福满", "晨曦", "星河", "安康", "万家", "汇通", "聚源", "兴隆", "和美", "春晖", "佳园", "锦程", "众信"};
    private static final String[] FORMS = {"有限公司", "有限责任公司", "店", "经营部", "股份有限公司"};
    private static final String[] STREETS = {"人民路", "解放路", "滨江大道", "海港路", "建设路", "文化路", "新华街", "临江路", "青年路", "学府路"};

    private final long seed;

    public SubjectGenerator(long seed) {
        this.seed = seed;
    }

    public List<Subject> generate(int count, List<Place> regions, List<Sector> sectors) {
        if (regions.isEmpty() || sectors.isEmpty()) {
            throw new IllegalStateException("load regions and industries first: the generator places subjects in them");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> codes = new HashSet<>();
        List<Subject> subjects = new ArrayList<>(count);
        while (subjects.size() < count) {
            Place region = regions.get(random.nextInt(regions.size()));
            Sector sector = sectors.get(random.nextInt(sectors.size()));
            String uscc = uscc(random, region.code());
            if (!codes.add(uscc)) {
                continue;
            }
            CreditLevel credit = pick(random, new int[] {30, 50, 15, 5}, CreditLevel.values());
            RiskLevel risk = credit == CreditLevel.D ? RiskLevel.HIGH : pick(random, new int[] {50, 35, 15}, RiskLevel.values());
            boolean trusted = credit == CreditLevel.A && risk == RiskLevel.LOW && random.nextInt(100) < 40;
            String name = "江海市" + region.name() + TRADE_NAMES[random.nextInt(TRADE_NAMES.length)]
                    + shortName(sector.name()) + FORMS[random.nextInt(FORMS.length)];
            String address = "江海市" + region.name() + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(899)) + "号";
            List<String> tags = risk == RiskLevel.HIGH ? List.of("重点监管对象") : List.of();
            subjects.add(new Subject(uscc, name, address, region.code(), sector.code(), credit, risk, trusted, tags,
                    sector.departments()));
        }
        return subjects;
    }

    private static String uscc(SplittableRandom random, String regionCode) {
        StringBuilder code = new StringBuilder("91").append(regionCode);
        for (int i = 0; i < 9; i++) {
            code.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
        }
        return code.append(Uscc.checkCharacter(code.toString())).toString();
    }

    private static <T> T pick(SplittableRandom random, int[] weights, T[] values) {
        int roll = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** 正餐服务 → 正餐, 歌舞厅娱乐活动 → 歌舞厅娱乐: a word for the firm name. */
    private static String shortName(String industry) {
        String word = industry.replaceAll("(服务|活动|业|制造|零售|批发)$", "");
        return word.length() > 4 ? word.substring(0, 4) : word;
    }
}
