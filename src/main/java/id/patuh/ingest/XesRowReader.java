package id.patuh.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.StringJoiner;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import id.patuh.messages.Texts;

/**
 * Reads an XES log (IEEE 1849-2016) with StAX, yielding each trace's steps when the trace
 * ends, so memory holds one trace at a time. DTDs and external entities are off: an XES file
 * is data from outside and must not make the server read its own files (XXE).
 */
final class XesRowReader implements RowReader {

    private static final Set<String> ATTRIBUTES = Set.of("string", "date", "int", "float", "boolean", "id", "list");

    private final InputStream body;
    private final Deque<ReadResult> pending = new ArrayDeque<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final List<RowWarning> warnings = new ArrayList<>();
    private final XesTrace.XesIds ids = new XesTrace.XesIds(warnings);
    private XMLStreamReader xml;
    private XesTrace trace;
    private XesEvent event;
    private StringJoiner kelengkapanList;
    private int kelengkapanDepth;
    private boolean finished;

    XesRowReader(InputStream body) {
        this.body = body;
    }

    @Override
    public ReadResult next() {
        try {
            if (xml == null && !finished) {
                xml = factory().createXMLStreamReader(body);
            }
            while (pending.isEmpty() && !finished) {
                step();
            }
        } catch (XMLStreamException e) {
            invalid(e.getLocation(), e.getMessage());
        } catch (MissingResourceException e) {
            // The JDK's StAX parser reports some fatal errors (a control character inside a DTD)
            // through a message key its own bundle lacks: still invalid XML, not a server fault.
            invalid(null, e.getKey());
        }
        return pending.poll();
    }

    /**
     * The XML parser's message only chooses between our sentences: its own text (and the
     * system id or entity it may quote) does not reach the user.
     */
    private void invalid(Location reported, String message) {
        Location at = reported != null ? reported : xml == null ? null : xml.getLocation();
        long line = at == null || at.getLineNumber() < 1 ? 1 : at.getLineNumber();
        long column = at == null || at.getColumnNumber() < 1 ? 1 : at.getColumnNumber();
        String about = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (about.contains("entity") || about.contains("doctype") || about.contains("dtd")) {
            pending.add(new RowError(line, null, null, Texts.id("ingest.xes.entities", line),
                    Texts.en("ingest.xes.entities", line)));
        } else {
            pending.add(new RowError(line, null, null, Texts.id("ingest.xes.not-well-formed", line, column),
                    Texts.en("ingest.xes.not-well-formed", line, column)));
        }
        finished = true;
    }

    private void step() throws XMLStreamException {
        if (!xml.hasNext()) {
            finished = true;
            return;
        }
        int type = xml.next();
        if (type == XMLStreamConstants.START_ELEMENT) {
            startElement(xml.getLocalName(), path.peek());
        } else if (type == XMLStreamConstants.END_ELEMENT) {
            endElement(path.pop());
        }
    }

    private void startElement(String name, String parent) {
        path.push(name);
        if (parent == null && !"log".equals(name)) {
            String shown = RowText.shown(name);
            pending.add(new RowError(xml.getLocation().getLineNumber(), null, null,
                    Texts.id("ingest.xes.not-log", shown), Texts.en("ingest.xes.not-log", shown)));
            finished = true;
        } else if ("trace".equals(name) && "log".equals(parent)) {
            trace = new XesTrace(warnings);
        } else if ("event".equals(name) && "trace".equals(parent) && trace != null) {
            event = new XesEvent(xml.getLocation().getLineNumber());
        } else if (kelengkapanList != null) {
            addListItem(name);
        } else if (ATTRIBUTES.contains(name)) {
            attribute(name, parent);
        }
    }

    private void attribute(String name, String parent) {
        String key = xml.getAttributeValue(null, "key");
        String value = xml.getAttributeValue(null, "value");
        if ("event".equals(parent) && event != null) {
            if ("list".equals(name) && "kelengkapan".equals(key)) {
                // XES lists hold their items in nested attributes; they become "a;b" as in a CSV.
                kelengkapanList = new StringJoiner(";");
                kelengkapanDepth = path.size();
            } else {
                event.attribute(key, value);
            }
        } else if ("trace".equals(parent) && trace != null) {
            trace.attribute(key, value);
        }
    }

    private void addListItem(String name) {
        String value = xml.getAttributeValue(null, "value");
        if (ATTRIBUTES.contains(name) && value != null) {
            kelengkapanList.add(value);
        }
    }

    private void endElement(String name) {
        if (kelengkapanList != null && path.size() + 1 == kelengkapanDepth) {
            event.attribute("kelengkapan", kelengkapanList.toString());
            kelengkapanList = null;
        } else if ("event".equals(name) && event != null && path.size() == 2) {
            trace.add(event);
            event = null;
        } else if ("trace".equals(name) && trace != null && path.size() == 1) {
            pending.addAll(trace.finish(ids));
            trace = null;
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    @Override
    public List<RowWarning> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            body.close();
        }
    }
}
