package id.patuh.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import id.patuh.messages.Text;

/**
 * Loads every {@code *.yaml} of a catalog folder (or of the copy packaged in the jar) and
 * validates it as a whole: either the full catalog loads, or a
 * {@link CatalogValidationException} lists every problem of every file.
 */
final class CatalogLoader {

    static final String PACKAGED_LOCATION = "classpath*:patuh/sop-catalog/*.yaml";

    private final SopFileReader reader = new SopFileReader();

    /** Loads {@code dir}; when it does not exist, the catalog packaged with the application. */
    public SopCatalog loadDirectoryOrPackaged(Path dir) {
        return Files.isDirectory(dir) ? loadDirectory(dir) : loadPackaged();
    }

    public SopCatalog loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CatalogValidationException(List.of(CatalogProblem.of(dir.toString(), 0, "(folder)",
                    new Text("catalog.folder.missing"))));
        }
        try (var files = Files.list(dir)) {
            List<Path> yamlFiles = files.filter(CatalogLoader::isCatalogFile).sorted().toList();
            List<NamedSource> sources = yamlFiles.stream()
                    .map(file -> new NamedSource(file.getFileName().toString(), () -> Files.newBufferedReader(file)))
                    .toList();
            return load(sources, dir.toAbsolutePath().normalize().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Folder katalog tidak dapat dibaca / cannot read catalog folder " + dir, e);
        }
    }

    public SopCatalog loadPackaged() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PACKAGED_LOCATION);
            List<NamedSource> sources = Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(r -> new NamedSource(r.getFilename(),
                            () -> new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)))
                    .toList();
            return load(sources, "(bawaan aplikasi / packaged) patuh/sop-catalog");
        } catch (IOException e) {
            throw new UncheckedIOException("Katalog bawaan tidak dapat dibaca / cannot read packaged catalog", e);
        }
    }

    SopCatalog load(List<NamedSource> sources, String origin) {
        List<CatalogProblem> problems = new ArrayList<>();
        List<CatalogProblem> warnings = new ArrayList<>();
        List<CatalogVersionCheck.Located> versions = new ArrayList<>();
        for (NamedSource source : sources) {
            ProblemSink sink = new ProblemSink(source.name());
            SopFileReader.Read read = read(source, sink);
            if (read != null) {
                versions.add(new CatalogVersionCheck.Located(read.sop(), source.name(), read.versionLine()));
            }
            problems.addAll(sink.problems());
            warnings.addAll(sink.warnings());
        }
        problems.addAll(CatalogVersionCheck.of(versions));
        List<Sop> sops = versions.stream().map(CatalogVersionCheck.Located::sop).toList();
        if (sources.isEmpty()) {
            problems.add(CatalogProblem.of(origin, 0, "(folder)", new Text("catalog.folder.empty")));
        }
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems);
        }
        return new SopCatalog(sops, origin, warnings);
    }

    private SopFileReader.Read read(NamedSource source, ProblemSink sink) {
        try (Reader content = source.open()) {
            return reader.read(source.name(), content, sink);
        } catch (IOException e) {
            sink.add(0, "(berkas)", new Text("catalog.file.unreadable", e.getMessage()));
            return null;
        }
    }

    private static boolean isCatalogFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** A catalog file by name, opened on demand. */
    record NamedSource(String name, ReaderSupplier opener) {
        Reader open() throws IOException {
            return opener.open();
        }
    }

    @FunctionalInterface
    interface ReaderSupplier {
        Reader open() throws IOException;
    }
}
