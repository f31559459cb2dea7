package id.patuh.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.patuh.messages.Texts;
import id.patuh.security.Role;

/**
 * The provisioned Grafana dashboards ({@code dashboards/grafana}) that a caller's roles are meant
 * to open, as links for the console's footer. A Sekcam gets the compliance dashboard of the
 * kecamatan, not the inspektorat's findings board or the service's JVM memory; docs/console.md
 * has the table. Grafana itself does not know patuh's tenants: the links only spare each role the
 * boards that are not theirs, access to the data is Grafana's own sign-in. For a caller of some
 * units (not all) a dashboard with a {@code unit} variable opens on those units
 * ({@code ?var-unit=kec-kemlagi}; the dashboards' queries take the sub-units too).
 *
 * @param links in the order of {@link Dashboard}; empty when no Grafana is configured or none is meant for the roles
 */
public record GrafanaDashboards(List<Link> links) {

    /** @param uid the dashboard's stable uid in its JSON file */
    public record Link(String uid, String label, String href) {
    }

    enum Dashboard {
        SEKCAM("patuh-sekcam", true),
        INSPEKTORAT("patuh-inspektorat", true),
        SAKIP("patuh-sakip", true),
        OPERASIONAL("patuh-operasional", false);

        final String uid;
        /** whether the dashboard has the {@code unit} template variable */
        final boolean byUnit;

        Dashboard(String uid, boolean byUnit) {
            this.uid = uid;
            this.byUnit = byUnit;
        }

        /** The link's words in the request's language (literal keys, so the bundle test sees them). */
        String label() {
            return switch (this) {
                case SEKCAM -> Texts.current("console.dashboard.sekcam");
                case INSPEKTORAT -> Texts.current("console.dashboard.inspektorat");
                case SAKIP -> Texts.current("console.dashboard.sakip");
                case OPERASIONAL -> Texts.current("console.dashboard.operasional");
            };
        }
    }

    /**
     * Who each dashboard is for (dashboards/README.md): the Sekcam reads the compliance of the
     * kecamatan; the inspektorat audits findings and follow-ups, the units' compliance and, as
     * APIP reviewing the LKjIP, the SAKIP readiness; evaluators read the SAKIP readiness; the
     * admin runs the service. A unit's OPERATOR enters data and has no dashboard: the operations
     * board is about the service (JVM, evaluation latency), not the unit's work.
     */
    static final Map<Role, Set<Dashboard>> MEANT_FOR = meantFor();

    private static Map<Role, Set<Dashboard>> meantFor() {
        Map<Role, Set<Dashboard>> map = new EnumMap<>(Role.class);
        map.put(Role.SEKCAM, EnumSet.of(Dashboard.SEKCAM));
        map.put(Role.INSPEKTORAT, EnumSet.of(Dashboard.INSPEKTORAT, Dashboard.SEKCAM, Dashboard.SAKIP));
        map.put(Role.EVALUATOR, EnumSet.of(Dashboard.SAKIP));
        map.put(Role.ADMIN, EnumSet.allOf(Dashboard.class));
        return map;
    }

    static GrafanaDashboards of(ConsoleCaller caller, ConsoleProperties properties) {
        if (properties.grafanaUrl().isBlank()) {
            return new GrafanaDashboards(List.of());
        }
        Set<Dashboard> meant = EnumSet.noneOf(Dashboard.class);
        caller.roles().forEach(role -> meant.addAll(MEANT_FOR.getOrDefault(role, Set.of())));
        String units = caller.scope().all() ? "" : caller.scope().tenants().stream().sorted()
                .map(t -> "var-unit=" + URLEncoder.encode(t, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
        return new GrafanaDashboards(meant.stream().map(d -> new Link(d.uid, d.label(),
                properties.dashboard(d.uid) + (d.byUnit ? units : ""))).toList());
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }
}
