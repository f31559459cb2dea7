package id.patuh.console;

import java.time.Instant;
import java.util.List;

import id.patuh.security.TenantScope;

/**
 * One file uploaded through the console, as kept with its refused rows.
 *
 * @param allTenants whether the uploader could write every tenant's data
 * @param tenants    the uploader's tenants otherwise
 * @param kind       the data kind's name ({@code ACTIVITIES}, …)
 * @param header     the columns of the refused-rows CSV, before {@code baris} and {@code alasan}
 * @param rows       refused rows kept
 * @param truncated  whether refused rows were left out (more than the import report lists)
 */
record ImportedFile(String id, String actor, boolean allTenants, List<String> tenants, Instant at, String kind,
        String format, String fileName, List<String> header, int rows, boolean truncated, int chunks) {

    ImportedFile {
        tenants = List.copyOf(tenants);
        header = List.copyOf(header);
    }

    /**
     * The uploader, an all-tenant caller, or a caller of the same tenants may read the refused
     * rows: they hold the uploader's tenants' data.
     */
    boolean visibleTo(TenantScope scope, String caller) {
        if (scope.all() || actor.equals(caller)) {
            return true;
        }
        return !allTenants && !tenants.isEmpty() && scope.tenants().containsAll(tenants);
    }
}
