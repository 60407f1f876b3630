package nl.meldpunt.formalreports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.platform.RuleViolation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a Manufacturer Incident Report (MIR) XML document: parsed without DTDs or external entities (XXE), validated
 * against {@code formalreports/mir.xsd}, and submitted as a device-incident report with the same fields as the web
 * form.
 */
@Component
class MirUpload {

    static final String NAMESPACE = "https://meldpunt.nl/schema/mir/1";
    static final int MAX_BYTES = 1024 * 1024;

    /** The document is not well-formed, has a DTD, or does not match the schema. */
    static final class InvalidMir extends RuleViolation {
        InvalidMir(String detail) {
            super("invalid-mir-document", HttpStatus.BAD_REQUEST, detail);
        }
    }

    private final Schema schema;
    private final FormalReports reports;

    MirUpload(FormalReports reports) throws IOException, SAXException {
        this.reports = reports;
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (var in = new ClassPathResource("formalreports/mir.xsd").getInputStream()) {
            this.schema = factory.newSchema(new javax.xml.transform.stream.StreamSource(in));
        }
    }

    FormalReport submit(byte[] xml, Organisation uploader, Channel channel) {
        Map<String, String> fields = read(xml);
        Organisation org = uploader != null ? uploader
                : new Organisation(fields.remove("manufacturerName"), null, null);
        fields.remove("manufacturerName");
        return reports.submit(null, ReportType.DEVICE_INCIDENT, org, fields, channel);
    }

    /** The form fields of a valid MIR document; {@link InvalidMir} otherwise. */
    Map<String, String> read(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new InvalidMir("The document is empty.");
        }
        if (xml.length > MAX_BYTES) {
            throw new InvalidMir("The document is larger than 1 MB.");
        }
        Document doc = parse(xml);
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new DOMSource(doc));
        } catch (SAXParseException e) {
            throw new InvalidMir("Schema violation: " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new InvalidMir("Schema violation: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "manufacturerReference", root, "administrativeInformation", "manufacturerReference");
        put(f, "manufacturerName", root, "manufacturer", "name");
        put(f, "manufacturerSrn", root, "manufacturer", "srn");
        put(f, "deviceName", root, "device", "name");
        put(f, "udiDi", root, "device", "udiDi");
        put(f, "model", root, "device", "model");
        put(f, "lotNumber", root, "device", "lotNumber");
        put(f, "serialNumber", root, "device", "serialNumber");
        put(f, "occurredOn", root, "event", "incidentDate");
        put(f, "awareOn", root, "event", "awarenessDate");
        put(f, "whatHappened", root, "event", "description");
        put(f, "patientOutcome", root, "event", "patientOutcome");
        put(f, "severity", root, "event", "incidentType");
        return f;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "A DOCTYPE (DTD) is not allowed." : "Not well-formed XML (line " + e.getLineNumber() + ").";
            throw new InvalidMir(why);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new InvalidMir("Not well-formed XML.");
        }
    }

    private static void put(Map<String, String> fields, String field, Element root, String section, String name) {
        NodeList sections = root.getElementsByTagNameNS(NAMESPACE, section);
        if (sections.getLength() == 0) {
            return;
        }
        NodeList values = ((Element) sections.item(0)).getElementsByTagNameNS(NAMESPACE, name);
        if (values.getLength() > 0) {
            fields.put(field, values.item(0).getTextContent().strip());
        }
    }
}
