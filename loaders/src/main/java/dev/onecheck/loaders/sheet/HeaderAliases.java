package dev.onecheck.loaders.sheet;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Column names vary between departments' spreadsheets (监管事项名称 vs 事项名称, 牵头部门 vs 发起部门 …). Known variants
 * are built in; a mapping file ({@code 别名=标准列名} per line, UTF-8) adds a department's own.
 */
public final class HeaderAliases {

    private static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("监管事项编码", "事项编码"),
            Map.entry("监管事项名称", "事项名称"), Map.entry("监管事项", "事项名称"),
            Map.entry("牵头部门", "发起部门"), Map.entry("实施部门", "发起部门"),
            Map.entry("协同部门", "配合部门"), Map.entry("配合单位", "配合部门"),
            Map.entry("法律依据", "设定依据"), Map.entry("依据", "设定依据"),
            Map.entry("场景", "场景名称"), Map.entry("牵头部门单位", "牵头单位"), Map.entry("协同部门单位", "协同单位"),
            Map.entry("社会信用代码", "统一社会信用代码"), Map.entry("信用代码", "统一社会信用代码"),
            Map.entry("主体名称", "企业名称"), Map.entry("市场主体名称", "企业名称"),
            Map.entry("行政执法证号", "执法证号"), Map.entry("证号", "执法证号"),
            // 12345 热线工单 exports
            Map.entry("工单号", "工单编号"), Map.entry("受理时间", "来电时间"), Map.entry("反映内容", "诉求内容"),
            Map.entry("被反映单位", "涉及单位"), Map.entry("被投诉单位", "涉及单位"), Map.entry("事发地址", "地址"),
            Map.entry("联系方式", "联系电话"), Map.entry("投诉人", "来电人"), Map.entry("线索来源", "来源"));

    private final Map<String, String> aliases;

    private HeaderAliases(Map<String, String> aliases) {
        this.aliases = Map.copyOf(aliases);
    }

    public static HeaderAliases builtIn() {
        return new HeaderAliases(BUILT_IN);
    }

    /** The built-in variants plus those of {@code mappingFile}; the file wins where both name a variant. */
    public static HeaderAliases withFile(Path mappingFile) throws IOException {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(mappingFile, StandardCharsets.UTF_8)) {
            file.load(in);
        }
        Map<String, String> all = new HashMap<>(BUILT_IN);
        file.stringPropertyNames().forEach(alias -> all.put(alias.strip(), file.getProperty(alias).strip()));
        return new HeaderAliases(all);
    }

    /** The canonical name of a header as found in a file (whitespace and a trailing * for "required" ignored). */
    public String canonical(String header) {
        String name = header.replaceAll("[\\s\\u3000*]", "");
        return aliases.getOrDefault(name, name);
    }
}
