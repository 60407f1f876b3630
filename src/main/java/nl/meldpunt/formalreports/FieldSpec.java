package nl.meldpunt.formalreports;

import java.util.List;

/**
 * One field of a report form: its name (also the API's JSON property and the message key
 * {@code formalreports.field.<name>}), what kind of input it takes, whether it is required, and the codes of a choice
 * (labels {@code formalreports.option.<name>.<code>}).
 */
public record FieldSpec(String name, Kind kind, boolean required, List<String> options) {

    /** What a field holds; decides the input shown and the check made. */
    public enum Kind {
        TEXT(300),
        TEXTAREA(5000),
        DATE(10),
        CHOICE(60),
        BIG_NUMBER(11),
        UDI_DI(120),
        REGISTRATION_NUMBER(40);

        private final int maxLength;

        Kind(int maxLength) {
            this.maxLength = maxLength;
        }

        public int maxLength() {
            return maxLength;
        }
    }

    public FieldSpec {
        options = options == null ? List.of() : List.copyOf(options);
    }

    static FieldSpec text(String name) {
        return new FieldSpec(name, Kind.TEXT, true, null);
    }

    static FieldSpec optionalText(String name) {
        return new FieldSpec(name, Kind.TEXT, false, null);
    }

    static FieldSpec area(String name) {
        return new FieldSpec(name, Kind.TEXTAREA, true, null);
    }

    static FieldSpec optionalArea(String name) {
        return new FieldSpec(name, Kind.TEXTAREA, false, null);
    }

    static FieldSpec date(String name) {
        return new FieldSpec(name, Kind.DATE, true, null);
    }

    static FieldSpec choice(String name, String... options) {
        return new FieldSpec(name, Kind.CHOICE, true, List.of(options));
    }

    static FieldSpec of(String name, Kind kind) {
        return new FieldSpec(name, kind, true, null);
    }

    public boolean isChoice() {
        return kind == Kind.CHOICE;
    }

    public boolean isArea() {
        return kind == Kind.TEXTAREA;
    }

    public boolean isDate() {
        return kind == Kind.DATE;
    }
}
