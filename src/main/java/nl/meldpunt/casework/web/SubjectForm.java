package nl.meldpunt.casework.web;

import nl.meldpunt.casework.CaseSubject;
import nl.meldpunt.casework.SubjectInput;
import nl.meldpunt.casework.SubjectType;

/** The subject form on the case page; strings, so that whatever was typed comes back with its message. */
public record SubjectForm(
        String type,
        String name,
        String place,
        String kvkNumber,
        String establishmentNumber,
        String bigNumber,
        String productKind,
        String registrationNumber,
        String udiDi,
        String lotNumber,
        String providerId,
        String reason) {

    public static SubjectForm empty() {
        return new SubjectForm("PROVIDER", null, null, null, null, null, null, null, null, null, null, null);
    }

    public static SubjectForm of(CaseSubject s) {
        return new SubjectForm(s.type().name(), s.name(), s.place(), s.kvkNumber(), s.establishmentNumber(),
                s.bigNumber(), s.productKind() == null ? null : s.productKind().name(), s.registrationNumber(),
                s.udiDi(), s.lotNumber(), s.providerId() == null ? null : s.providerId().toString(), null);
    }

    SubjectInput input(boolean keepProvider) {
        return new SubjectInput(parse(SubjectType.class, type), name, place, kvkNumber, establishmentNumber,
                bigNumber, parse(CaseSubject.ProductKind.class, productKind), registrationNumber, udiDi, lotNumber,
                keepProvider ? id(providerId) : null);
    }

    static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }
}
