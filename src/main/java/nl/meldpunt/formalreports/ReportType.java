package nl.meldpunt.formalreports;

import static nl.meldpunt.formalreports.FieldSpec.area;
import static nl.meldpunt.formalreports.FieldSpec.choice;
import static nl.meldpunt.formalreports.FieldSpec.date;
import static nl.meldpunt.formalreports.FieldSpec.of;
import static nl.meldpunt.formalreports.FieldSpec.optionalArea;
import static nl.meldpunt.formalreports.FieldSpec.optionalText;
import static nl.meldpunt.formalreports.FieldSpec.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.formalreports.FieldSpec.Kind;

/**
 * The kinds of legally required report, each with its form (fields and what is required), the field that says when
 * the reporter became aware (the term counts from it), and how it is classified as a case. The software reasons about
 * these (terms, clocks, forms), so they are an enum, not reference data.
 *
 * @param slug the name in the provider pages' URLs (Dutch)
 * @param apiName the name in the API's URL
 */
public enum ReportType {
    CALAMITY("calamiteit", "calamity", "CARE_PROVIDER", null, "awareOn", List.of(
            choice("law", "WKKGZ", "JEUGDWET"),
            area("whatHappened"),
            date("occurredOn"),
            date("awareOn"),
            choice("outcome", "DEATH", "PERMANENT_HARM", "TEMPORARY_HARM", "NO_HARM", "UNKNOWN"),
            area("immediateMeasures"),
            text("investigator"),
            date("investigationReportExpectedOn"))),
    VIOLENCE("geweld", "violence", "CARE_PROVIDER", null, "awareOn", List.of(
            choice("law", "WKKGZ", "JEUGDWET"),
            choice("violenceType", "PHYSICAL", "SEXUAL", "PSYCHOLOGICAL"),
            choice("perpetrator", "STAFF", "CLIENT", "OTHER"),
            area("whatHappened"),
            date("occurredOn"),
            date("awareOn"),
            choice("outcome", "DEATH", "PERMANENT_HARM", "TEMPORARY_HARM", "NO_HARM", "UNKNOWN"),
            area("immediateMeasures"),
            choice("policeInformed", "YES", "NO"))),
    DISMISSAL("ontslag", "dismissal", "CARE_PROVIDER", null, "dismissedOn", List.of(
            text("professionalName"),
            of("bigNumber", Kind.BIG_NUMBER),
            text("profession"),
            date("dismissedOn"),
            choice("conduct", "ABUSE", "MEDICINE_THEFT", "INTOXICATION", "SERIOUS_HARM", "OTHER"),
            area("dismissalReason"),
            optionalArea("immediateMeasures"))),
    DEVICE_INCIDENT("hulpmiddel", "device-incident", "MANUFACTURER", "MEDICAL_DEVICES", "awareOn", List.of(
            text("manufacturerReference"),
            optionalText("manufacturerSrn"),
            text("deviceName"),
            of("udiDi", Kind.UDI_DI),
            text("model"),
            optionalText("lotNumber"),
            optionalText("serialNumber"),
            date("occurredOn"),
            date("awareOn"),
            area("whatHappened"),
            choice("patientOutcome", "DEATH", "SERIOUS_DETERIORATION", "OTHER", "NO_HARM", "UNKNOWN"),
            choice("severity", "SERIOUS_PUBLIC_HEALTH_THREAT", "DEATH_OR_SERIOUS_DETERIORATION", "OTHER"))),
    MEDICINE_DEFECT("geneesmiddel", "medicine-defect", "MANUFACTURER", "PHARMACY_MEDICINES", "awareOn", List.of(
            choice("reportKind", "QUALITY_DEFECT", "SHORTAGE"),
            choice("reporterRole", "PHARMACIST", "WHOLESALER", "MARKETING_AUTHORISATION_HOLDER"),
            text("productName"),
            of("registrationNumber", Kind.REGISTRATION_NUMBER),
            text("batch"),
            date("awareOn"),
            area("defect"),
            area("distribution"),
            choice("recallProposed", "YES", "NO"))),
    FIELD_SAFETY_ACTION("veiligheidsactie", "fsca", "MANUFACTURER", "MEDICAL_DEVICES", "startedOn", List.of(
            text("fscaReference"),
            text("deviceName"),
            of("udiDi", Kind.UDI_DI),
            text("model"),
            optionalText("lotNumber"),
            choice("actionType", "RECALL", "MODIFICATION", "ADVICE", "OTHER"),
            date("startedOn"),
            area("actionDescription"),
            area("distribution")));

    private final String slug;
    private final String apiName;
    private final String reporterType;
    private final String sector;
    private final String awarenessField;
    private final List<FieldSpec> fields;

    ReportType(String slug, String apiName, String reporterType, String sector, String awarenessField,
            List<FieldSpec> fields) {
        this.slug = slug;
        this.apiName = apiName;
        this.reporterType = reporterType;
        this.sector = sector;
        this.awarenessField = awarenessField;
        this.fields = fields;
    }

    public String slug() {
        return slug;
    }

    public String apiName() {
        return apiName;
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public String awarenessField() {
        return awarenessField;
    }

    String sector() {
        return sector;
    }

    /** The reporter type of the case; a pharmacist reporting a medicine defect is a care provider. */
    String reporterType(java.util.Map<String, String> values) {
        if (this == MEDICINE_DEFECT && "PHARMACIST".equals(values.get("reporterRole"))) {
            return "CARE_PROVIDER";
        }
        return reporterType;
    }

    /** Urgency by the labelling rules of taxonomy.md ("formal reports"); null leaves it to triage. */
    String urgency(java.util.Map<String, String> v) {
        return switch (this) {
            case CALAMITY -> "HIGH";
            case VIOLENCE -> "STAFF".equals(v.get("perpetrator")) || "SEXUAL".equals(v.get("violenceType"))
                    ? "HIGH" : "NORMAL";
            case DISMISSAL -> "OTHER".equals(v.get("conduct")) ? "NORMAL" : "HIGH";
            case DEVICE_INCIDENT -> "SERIOUS_PUBLIC_HEALTH_THREAT".equals(v.get("severity")) ? "ACUTE" : "HIGH";
            case MEDICINE_DEFECT -> "YES".equals(v.get("recallProposed")) ? "HIGH" : "NORMAL";
            case FIELD_SAFETY_ACTION -> "RECALL".equals(v.get("actionType")) ? "HIGH" : "NORMAL";
        };
    }

    /** Whether this report comes from a care provider's account (the others come from manufacturers and the like). */
    public boolean isCareProviderReport() {
        return this == CALAMITY || this == VIOLENCE || this == DISMISSAL;
    }

    /** Whether the reporter adds a document to the submitted report: the investigation report, the safety notice. */
    public boolean takesFollowUpDocument() {
        return this == CALAMITY || this == FIELD_SAFETY_ACTION;
    }

    public static Optional<ReportType> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    public static Optional<ReportType> byApiName(String name) {
        return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst();
    }
}
