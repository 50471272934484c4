package se.kunskapsnav.reach.charts;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A chart's SVG parsed as XML (parsing fails the test when it is not well-formed), with finders for tests. */
final class SvgDocument {

    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgDocument(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> all(String name) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The elements of this name outside the SVG namespace (a map's HTML legend). */
    List<Element> allHtml(String name) {
        NodeList nodes = document.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The texts of all {@code <text>} elements, in document order. */
    List<String> texts() {
        return all("text").stream().map(Node::getTextContent).toList();
    }

    /** The shape whose own {@code <title>} is exactly {@code title}. */
    Element shapeTitled(String title) {
        List<Element> found = all("title").stream().filter(t -> t.getTextContent().equals(title))
                .map(t -> (Element) t.getParentNode()).toList();
        assertEquals(1, found.size(), "shapes titled '" + title + "'");
        return found.getFirst();
    }

    /** The shape of the one map area (a focusable group) named {@code label}. */
    Element area(String label) {
        List<Element> found = all("g").stream().filter(g -> g.getAttribute("aria-label").equals(label))
                .map(g -> (Element) g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0)).toList();
        assertEquals(1, found.size(), "areas named '" + label + "'");
        return found.getFirst();
    }

    /** The root is an image named by its own title and description, as screen readers need. */
    void assertAccessibleImage(String title, String description) {
        Element root = root();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertNotNull(root.getAttribute("viewBox"));
        String[] ids = root.getAttribute("aria-labelledby").split(" ");
        assertEquals(2, ids.length);
        assertEquals(title, byId("title", ids[0]).getTextContent());
        assertEquals(description, byId("desc", ids[1]).getTextContent());
        assertEquals(List.of(), all("*").stream().filter(e -> e.hasAttribute("style")).toList(),
                "no inline style (the content security policy forbids it)");
    }

    private Element byId(String name, String id) {
        return all(name).stream().filter(e -> e.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("No <" + name + "> with id " + id));
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
