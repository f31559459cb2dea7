package id.patuh.console;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import id.patuh.catalog.Sop;
import id.patuh.findings.FindingStatus;
import id.patuh.security.TenantScope;

/**
 * The choices of the findings filter for one caller: only the units and SOPs of their tenants.
 *
 * @param units tenant codes to suggest (a sub-unit such as {@code kec-x/kasi-y} may still be typed)
 */
record FindingListOptions(List<String> units, List<Option> sops, List<Option> codes, List<String> severities,
        List<String> statuses) {

    record Option(String value, String label) {
    }

    static FindingListOptions of(List<Sop> catalog, TenantScope scope) {
        List<Sop> visible = catalog.stream().filter(s -> s.units().stream().anyMatch(scope::allows)).toList();
        Stream<String> units = scope.all() ? visible.stream().flatMap(s -> s.units().stream()) : scope.tenants().stream();
        return new FindingListOptions(units.distinct().sorted().toList(),
                visible.stream().map(s -> new Option(s.code(), s.code())).toList(),
                Arrays.stream(FindingCode.values()).map(c -> new Option(c.name(), c.label() + " (" + c.name() + ")"))
                        .toList(),
                List.of("tinggi", "sedang", "rendah"),
                Arrays.stream(FindingStatus.values()).map(FindingStatus::label).toList());
    }
}
