package id.patuh.catalog;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import id.patuh.calendar.DayCounting;
import id.patuh.messages.Text;

/** Reads one SOP YAML file into a {@link Sop}, reporting every problem with line and field. */
final class SopFileReader {

    private static final Set<String> SOP_KEYS = Set.of("code", "name", "instansi", "source", "nomor",
            "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif", "disahkan_oleh", "penandatangan", "units",
            "waktu_satuan", "hari", "dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan",
            "peringatan", "pencatatan", "organisasi", "format_pengumpulan_data", "roles", "steps");
    private static final Set<String> ROLE_KEYS = Set.of("name", "aliases");
    private static final Pattern PARTIAL_ISO_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final SopStepReader stepReader = new SopStepReader();
    private final SopConsistencyCheck consistencyCheck = new SopConsistencyCheck();

    /** An SOP version read from a file, with the line that dates the version (for version problems). */
    record Read(Sop sop, int versionLine) {
    }

    /** The SOP, or null when the file has problems (then they are in {@code problems}). */
    Read read(String fileName, Reader content, ProblemSink problems) {
        MappingNode root = parse(content, problems);
        if (root == null) {
            return null;
        }
        YamlMapping yaml = new YamlMapping(root, "", problems);
        yaml.rejectUnknownKeys(SOP_KEYS);
        String code = code(yaml, fileName);
        List<SopRole> roles = roles(yaml);
        List<SopStep> steps = stepReader.steps(yaml);
        Sop sop = new Sop(code, yaml.requiredString("name"), yaml.string("instansi"), yaml.string("source"),
                yaml.string("nomor"), date(yaml, "tanggal_pembuatan"), date(yaml, "tanggal_revisi"),
                date(yaml, "tanggal_efektif"), yaml.string("disahkan_oleh"), yaml.string("penandatangan"),
                yaml.strings("units"), dayCounting(yaml), roles, steps, documentation(yaml));
        if (problems.isEmpty()) {
            consistencyCheck.check(sop, yaml, problems);
        }
        return problems.isEmpty() ? new Read(sop, yaml.line(yaml.has("tanggal_efektif") ? "tanggal_efektif" : "code"))
                : null;
    }

    private static MappingNode parse(Reader content, ProblemSink problems) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(content);
            if (root instanceof MappingNode mapping) {
                return mapping;
            }
            problems.add(root == null ? 1 : YamlMapping.line(root), "(berkas)",
                    new Text("catalog.file.not-a-mapping"));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(line, "(sintaks)", new Text("catalog.file.yaml-syntax", e.getProblem()));
        } catch (YAMLException e) {
            // e.g. bytes that are not UTF-8: SnakeYAML wraps the reader's error
            problems.add(0, "(berkas)", new Text("catalog.file.not-utf8", e.getMessage()));
        }
        return null;
    }

    /**
     * The file is named after the code: {@code <code>.yaml}, or {@code <code>@<tanggal_efektif>.yaml}
     * for one of several versions.
     */
    private static String code(YamlMapping yaml, String fileName) {
        String code = yaml.requiredString("code");
        String expected = fileName.replaceFirst("\\.ya?ml$", "");
        String versionSuffix = "@" + yaml.string("tanggal_efektif");
        if (expected.endsWith(versionSuffix)) {
            expected = expected.substring(0, expected.length() - versionSuffix.length());
        }
        if (code != null && !CODE.matcher(code).matches()) {
            yaml.problems().add(yaml.line("code"), "code", new Text("catalog.code.characters", code));
        } else if (code != null && !code.equals(expected)) {
            yaml.problems().add(yaml.line("code"), "code", new Text("catalog.code.file-name", code, expected));
        }
        return code;
    }

    private static String date(YamlMapping yaml, String key) {
        String text = yaml.string(key);
        if (text != null && !PARTIAL_ISO_DATE.matcher(text).matches()) {
            yaml.problems().add(yaml.line(key), key, new Text("catalog.date.format", text));
        } else if (text != null && SopDate.parse(text).isEmpty()) {
            yaml.problems().add(yaml.line(key), key, new Text("catalog.date.not-real", text));
        }
        return text;
    }

    private static DayCounting dayCounting(YamlMapping yaml) {
        String text = yaml.string("hari");
        if (text == null || text.equalsIgnoreCase("kerja")) {
            return DayCounting.WORKING;
        }
        if (text.equalsIgnoreCase("kalender")) {
            return DayCounting.CALENDAR;
        }
        yaml.problems().add(yaml.line("hari"), "hari", new Text("catalog.hari.unknown", text));
        return DayCounting.WORKING;
    }

    private static List<SopRole> roles(YamlMapping yaml) {
        List<SopRole> roles = new ArrayList<>();
        for (YamlMapping role : yaml.mappings("roles")) {
            role.rejectUnknownKeys(ROLE_KEYS);
            String name = role.requiredString("name");
            if (name != null) {
                roles.add(new SopRole(name, role.strings("aliases")));
            }
        }
        if (roles.isEmpty()) {
            yaml.problems().add(yaml.line("roles"), "roles",
                    new Text("catalog.roles.none"));
        }
        return roles;
    }

    private static SopDocumentation documentation(YamlMapping yaml) {
        YamlMapping organisasi = yaml.mapping("organisasi");
        return new SopDocumentation(yaml.strings("dasar_hukum"), yaml.strings("kualifikasi_pelaksana"),
                yaml.strings("keterkaitan"), yaml.strings("peralatan"), yaml.strings("peringatan"),
                yaml.strings("pencatatan"), organisasi == null ? java.util.Map.of() : organisasi.toPlainMap(),
                yaml.strings("format_pengumpulan_data"));
    }
}
