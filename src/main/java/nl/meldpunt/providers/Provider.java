package nl.meldpunt.providers;

/** One entry of the provider register. */
public record Provider(
        long id,
        String name,
        String kvkNumber,
        String establishmentNumber,
        String agbCode,
        String sector,
        String street,
        String postcode,
        String place,
        long version) {}
