package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.patuh.security.Role;
import id.patuh.security.TenantScope;

/** Each role gets the Grafana dashboards meant for it (docs/console.md), and none without a Grafana. */
class GrafanaDashboardsTests {

    private static final ConsoleProperties GRAFANA = new ConsoleProperties("https://grafana.pemda.go.id/", 25);

    @Test
    void aSekcamGetsOnlyTheComplianceDashboard() {
        GrafanaDashboards dashboards = GrafanaDashboards.of(caller(Set.of(Role.SEKCAM)), GRAFANA);
        assertThat(dashboards.links()).extracting(GrafanaDashboards.Link::uid).containsExactly("patuh-sekcam");
        assertThat(dashboards.links().get(0).href())
                .isEqualTo("https://grafana.pemda.go.id/d/patuh-sekcam?var-unit=kec-kemlagi");
        assertThat(dashboards.links().get(0).label()).isEqualTo("Kepatuhan SOP (Sekcam)");
    }

    @Test
    void eachRoleGetsItsOwnDashboards() {
        assertThat(uids(Set.of(Role.INSPEKTORAT))).containsExactly("patuh-sekcam", "patuh-inspektorat", "patuh-sakip");
        assertThat(uids(Set.of(Role.EVALUATOR))).containsExactly("patuh-sakip");
        assertThat(uids(Set.of(Role.ADMIN)))
                .containsExactly("patuh-sekcam", "patuh-inspektorat", "patuh-sakip", "patuh-operasional");
        assertThat(uids(Set.of(Role.OPERATOR))).isEmpty();
        assertThat(uids(Set.of(Role.SCRAPER))).isEmpty();
    }

    @Test
    void severalRolesGetTheUnionOnceInTheDashboardsOrder() {
        assertThat(uids(EnumSet.of(Role.EVALUATOR, Role.SEKCAM, Role.OPERATOR)))
                .containsExactly("patuh-sekcam", "patuh-sakip");
    }

    @Test
    void dashboardsOpenOnTheCallersUnitsExceptForAllUnitCallersAndTheOperationsBoard() {
        ConsoleCaller twoUnits = new ConsoleCaller("uji", Set.of(Role.INSPEKTORAT),
                TenantScope.of(List.of("kec-kemlagi", "setda-sidoarjo-perencanaan")), true);
        assertThat(GrafanaDashboards.of(twoUnits, GRAFANA).links()).extracting(GrafanaDashboards.Link::href)
                .allMatch(h -> h.endsWith("?var-unit=kec-kemlagi&var-unit=setda-sidoarjo-perencanaan"));
        ConsoleCaller oneUnitAdmin = new ConsoleCaller("uji", Set.of(Role.ADMIN), TenantScope.of(List.of("kec-kemlagi")),
                true);
        assertThat(GrafanaDashboards.of(oneUnitAdmin, GRAFANA).links()).filteredOn(l -> l.uid().equals("patuh-operasional"))
                .extracting(GrafanaDashboards.Link::href).containsExactly("https://grafana.pemda.go.id/d/patuh-operasional");
        ConsoleCaller allUnits = new ConsoleCaller("uji", Set.of(Role.EVALUATOR), TenantScope.ALL, true);
        assertThat(GrafanaDashboards.of(allUnits, GRAFANA).links()).extracting(GrafanaDashboards.Link::href)
                .containsExactly("https://grafana.pemda.go.id/d/patuh-sakip");
    }

    @Test
    void withSecurityOffEveryDashboardIsShown() {
        // ConsoleCaller.current() gives every role when nobody signs in (security switched off)
        assertThat(GrafanaDashboards.of(new ConsoleCaller("system", EnumSet.allOf(Role.class), TenantScope.ALL, false),
                GRAFANA).links()).hasSize(4);
    }

    @Test
    void noGrafanaConfiguredMeansNoLinks() {
        GrafanaDashboards none = GrafanaDashboards.of(caller(Set.of(Role.ADMIN)), new ConsoleProperties(" ", 25));
        assertThat(none.isEmpty()).isTrue();
    }

    private static List<String> uids(Set<Role> roles) {
        return GrafanaDashboards.of(caller(roles), GRAFANA).links().stream().map(GrafanaDashboards.Link::uid).toList();
    }

    private static ConsoleCaller caller(Set<Role> roles) {
        return new ConsoleCaller("uji", roles, TenantScope.of(List.of("kec-kemlagi")), true);
    }
}
