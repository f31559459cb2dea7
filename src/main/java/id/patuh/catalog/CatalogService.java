package id.patuh.catalog;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import id.patuh.messages.Text;

/**
 * The catalog façade: holds the catalog serving now and swaps it on reload.
 *
 * <p>An invalid catalog stops the start with a {@link CatalogValidationException} (see
 * {@code CatalogFailureAnalyzer}). A reload reads the whole folder first and swaps only when
 * every file is valid, so a broken edit never replaces, or half-replaces, a working catalog.
 */
@Service
@NamedInterface("api")
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    private final CatalogProperties properties;
    private final ApplicationEventPublisher events;
    private final CatalogLoader loader = new CatalogLoader();
    /** Whether the start read a folder: then a reload never falls back to the packaged catalog. */
    private final boolean fromFolder;
    private final AtomicReference<SopCatalog> current;
    private final SopCatalog following;

    public CatalogService(CatalogProperties properties, ApplicationEventPublisher events) {
        this.properties = properties;
        this.events = events;
        this.fromFolder = Files.isDirectory(properties.dir());
        this.current = new AtomicReference<>(loader.loadDirectoryOrPackaged(properties.dir()));
        this.following = SopCatalog.following(current::get);
        log.info("Katalog SOP dimuat: {} SOP dari {} / SOP catalog loaded", current.get().size(),
                current.get().origin());
    }

    /**
     * Reads and validates a catalog folder, without the service (command line, SOP import checks).
     *
     * @throws CatalogValidationException with every problem of every file
     */
    public static SopCatalog readDirectory(Path dir) {
        return new CatalogLoader().loadDirectory(dir);
    }

    /** {@link #readDirectory} when the folder exists, else the catalog packaged in the jar. */
    public static SopCatalog readDirectoryOrPackaged(Path dir) {
        return new CatalogLoader().loadDirectoryOrPackaged(dir);
    }

    /** The catalog as interchange JSON (interchange.md §6). */
    public static String exportJson(SopCatalog catalog) {
        return new CatalogExport().toJson(catalog);
    }

    public List<Sop> sops() {
        return current.get().sops();
    }

    public Optional<Sop> find(String code) {
        return current.get().find(code);
    }

    /** The catalog serving now, read afresh at every call: safe to keep, it follows reloads. */
    public SopCatalog catalog() {
        return following;
    }

    /**
     * Reads the catalog folder again and swaps it in.
     *
     * @throws CatalogValidationException with every problem of every file; the running catalog stays
     */
    public synchronized CatalogReloadResult reload() {
        SopCatalog fresh;
        try {
            fresh = read();
        } catch (CatalogValidationException e) {
            log.warn("Muat ulang katalog gagal, katalog lama tetap berlaku / catalog reload failed, the running "
                    + "catalog keeps serving: {}", e.getMessage());
            events.publishEvent(new CatalogReloaded(false, current.get().origin(), current.get().size(),
                    e.getMessage()));
            throw e;
        }
        SopCatalog previous = current.getAndSet(fresh);
        log.info("Katalog SOP dimuat ulang / SOP catalog reloaded: {} SOP dari {} (sebelumnya / was {} SOP)",
                fresh.size(), fresh.origin(), previous.size());
        events.publishEvent(new CatalogReloaded(true, fresh.origin(), fresh.size(), null));
        return CatalogReloadResult.of(fresh);
    }

    private SopCatalog read() {
        try {
            return fromFolder ? loader.loadDirectory(properties.dir()) : loader.loadDirectoryOrPackaged(properties.dir());
        } catch (UncheckedIOException e) {
            throw new CatalogValidationException(List.of(CatalogProblem.of(properties.dir().toString(), 0,
                    "(folder)", new Text("catalog.folder.unreadable", e.getCause().getMessage()))));
        }
    }
}
