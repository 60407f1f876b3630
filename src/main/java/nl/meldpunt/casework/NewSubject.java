package nl.meldpunt.casework;

/** One provider, professional or product a case is about. Free text, with identifiers where known. */
public record NewSubject(
        SubjectType type,
        String name,
        String place,
        String kvkNumber,
        String establishmentNumber,
        String bigNumber,
        String udiDi,
        String lotNumber) {

    public NewSubject {
        name = nl.meldpunt.platform.Text.withoutNul(name);
        place = nl.meldpunt.platform.Text.withoutNul(place);
        lotNumber = nl.meldpunt.platform.Text.withoutNul(lotNumber);
    }

    /** The words of the subjects that full-text search weighs highest: names, places and lot numbers. */
    public static String searchText(java.util.List<NewSubject> subjects) {
        return subjects.stream()
                .flatMap(s -> java.util.stream.Stream.of(s.name(), s.place(), s.lotNumber()))
                .filter(v -> v != null && !v.isBlank())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    public static NewSubject provider(String name, String place, String kvkNumber) {
        return new NewSubject(SubjectType.PROVIDER, name, place, kvkNumber, null, null, null, null);
    }

    public static NewSubject professional(String name, String bigNumber) {
        return new NewSubject(SubjectType.PROFESSIONAL, name, null, null, null, bigNumber, null, null);
    }

    public static NewSubject product(String name, String udiDi, String lotNumber) {
        return new NewSubject(SubjectType.PRODUCT, name, null, null, null, null, udiDi, lotNumber);
    }
}
