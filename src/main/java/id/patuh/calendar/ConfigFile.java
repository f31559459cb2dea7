package id.patuh.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;

import id.patuh.messages.Text;

/** A configuration file on disk or on the classpath, with the name its errors should show. */
record ConfigFile(String name, Resource resource) {

    ConfigNode parse() {
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return ConfigNode.parse(name, reader);
        } catch (IOException e) {
            throw new CalendarConfigException(name, 1, "(berkas)",
                    new Text("calendar.config.unreadable", e.getMessage()));
        }
    }

    /** The file name without folders, e.g. {@code 2024.yaml}. */
    String fileName() {
        String filename = resource.getFilename();
        return filename == null ? name : filename;
    }
}
