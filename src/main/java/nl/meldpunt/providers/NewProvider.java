package nl.meldpunt.providers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What staff enter to create or change a register entry. Blank fields are no value. */
public record NewProvider(
        @NotBlank @Size(max = 300) String name,
        @Pattern(regexp = "\\d{8}", message = "{providers.error.kvk}") String kvkNumber,
        @Pattern(regexp = "\\d{12}", message = "{providers.error.establishment}") String establishmentNumber,
        @Pattern(regexp = "\\d{8}", message = "{providers.error.agb}") String agbCode,
        @Size(max = 40) String sector,
        @Size(max = 200) String street,
        @Pattern(regexp = "\\d{4} ?[A-Za-z]{2}", message = "{providers.error.postcode}") String postcode,
        @Size(max = 200) String place) {

    public NewProvider {
        name = strip(name);
        kvkNumber = strip(kvkNumber);
        establishmentNumber = strip(establishmentNumber);
        agbCode = strip(agbCode);
        sector = strip(sector);
        street = strip(street);
        postcode = postcode == null || postcode.isBlank() ? null
                : postcode.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("^(\\d{4}) ?([A-Z]{2})$", "$1 $2");
        place = strip(place);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
