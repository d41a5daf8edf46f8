package dev.onecheck.loaders.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An object inside a JSON array file, read field by field with its path, so an error says
 * {@code violations.json row 12, column standard.tiers[2].fine.min: …}.
 */
public record JsonEntry(String file, int number, String path, JsonNode node) implements SourceRow {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The entries of a file holding one JSON array of objects. */
    public static List<JsonEntry> readArray(Path path) throws IOException {
        String file = path.getFileName().toString();
        JsonNode root;
        try {
            root = JSON.readTree(TextFiles.read(path));
        } catch (JacksonException e) {
            throw new RowException(new RowError(file, 0, null, "is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        }
        if (!root.isArray()) {
            throw new RowException(new RowError(file, 0, null, "must hold a JSON array of objects"));
        }
        List<JsonEntry> entries = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonEntry entry = new JsonEntry(file, i + 1, "", root.get(i));
            if (!root.get(i).isObject()) {
                throw entry.error("", "must be an object");
            }
            entries.add(entry);
        }
        return entries;
    }

    private JsonNode field(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public String text(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw error(name, "must be a string");
        }
        return value.stringValue().isBlank() ? null : value.stringValue().strip();
    }

    @Override
    public String required(String name) {
        String value = text(name);
        if (value == null) {
            throw error(name, "is missing");
        }
        return value;
    }

    public int positiveInt(String name) {
        JsonNode value = field(name);
        if (value == null || !value.isIntegralNumber() || value.intValue() <= 0) {
            throw error(name, "must be a whole number ≥ 1");
        }
        return value.intValue();
    }

    /** An optional whole number ≥ 0; absent is 0. */
    public int count(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return 0;
        }
        if (!value.isIntegralNumber() || value.intValue() < 0) {
            throw error(name, "must be a whole number ≥ 0");
        }
        return value.intValue();
    }

    /** An optional amount (yuan or a multiple); never negative. */
    public BigDecimal amount(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0) {
            throw error(name, "must be a number ≥ 0");
        }
        return value.decimalValue();
    }

    public LocalDate date(String name) {
        String value = required(name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    public boolean bool(String name, boolean absent) {
        JsonNode value = field(name);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw error(name, "must be true or false");
        }
        return value.booleanValue();
    }

    public List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        for (JsonEntry element : array(name)) {
            if (!element.node.isString()) {
                throw element.error("", "must be a string");
            }
            values.add(element.node.stringValue().strip());
        }
        return values;
    }

    /** The objects of an array field (absent → empty), each addressed by its path. */
    public List<JsonEntry> objects(String name) {
        List<JsonEntry> objects = array(name);
        for (JsonEntry element : objects) {
            if (!element.node.isObject()) {
                throw element.error("", "must be an object");
            }
        }
        return objects;
    }

    /** An optional object field. */
    public JsonEntry object(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw error(name, "must be an object");
        }
        return new JsonEntry(file, number, at(name), value);
    }

    private List<JsonEntry> array(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(name, "must be an array");
        }
        List<JsonEntry> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            elements.add(new JsonEntry(file, number, at(name) + "[" + i + "]", value.get(i)));
        }
        return elements;
    }

    @Override
    public RowException error(String name, String reason) {
        String where = name.isEmpty() ? path : at(name);
        return new RowException(new RowError(file, number, where.isEmpty() ? null : where, reason));
    }
}
