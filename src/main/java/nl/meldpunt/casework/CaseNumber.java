package nl.meldpunt.casework;

import java.util.regex.Pattern;

/** The reference number a reporter receives: {@code MP-YYYY-NNNNNN}, unique, per year. */
public record CaseNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("MP-\\d{4}-\\d{6,}");

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a case number: expected MP-YYYY-NNNNNN");
        }
    }

    public static CaseNumber of(int year, long sequence) {
        return new CaseNumber("MP-%04d-%06d".formatted(year, sequence));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
