package dev.onecheck.domain.clue;

/**
 * 涉及单位 as the clue names it: a 统一社会信用代码, or a name and an address as the complainant said them (often
 * misspelt or shortened). At least one of credit code and name is given.
 */
public record SubjectReference(String uscc, String name, String address) {

    public SubjectReference {
        uscc = blankToNull(uscc);
        name = blankToNull(name);
        address = blankToNull(address);
        if (uscc == null && name == null) {
            throw new IllegalArgumentException("name the subject by its credit code (统一社会信用代码) or its name");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
