package gov.chuangcheng.inspection.open311;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The GeoReport v2 XML form of the facade's documents: the same fields as the JSON form, each an element named as
 * the JSON field is ({@code <service_requests><request><service_request_id>…}), a list's entries named by its
 * singular ({@code <endpoints><endpoint>}), and a field without a value an empty element.
 */
final class Open311Xml {

    static final String MEDIA_TYPE = "text/xml; charset=utf-8";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Open311Xml() {}

    /** A list of documents under a root element ({@code services} of {@code service}). */
    static String list(String root, String element, Object documents, ObjectMapper json) {
        return write(w -> {
            w.writeStartElement(root);
            for (JsonNode item : json.valueToTree(documents)) {
                object(w, element, item);
            }
            w.writeEndElement();
        });
    }

    /** One document as the root element. */
    static String single(String root, Object document, ObjectMapper json) {
        return write(w -> object(w, root, json.valueToTree(document)));
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("utf-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Open311 XML", e);
        }
        return out.toString();
    }

    private static void object(XMLStreamWriter w, String name, JsonNode node) throws XMLStreamException {
        w.writeStartElement(name);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            value(w, field.getKey(), field.getValue());
        }
        w.writeEndElement();
    }

    private static void value(XMLStreamWriter w, String name, JsonNode value) throws XMLStreamException {
        if (value.isObject()) {
            object(w, name, value);
        } else if (value.isArray()) {
            w.writeStartElement(name);
            String entry = name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "_entry";
            for (JsonNode v : value) {
                value(w, entry, v);
            }
            w.writeEndElement();
        } else if (value.isNull()) {
            w.writeEmptyElement(name);
        } else {
            w.writeStartElement(name);
            w.writeCharacters(value.asText());
            w.writeEndElement();
        }
    }
}
