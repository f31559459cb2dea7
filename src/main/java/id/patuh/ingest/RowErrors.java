package id.patuh.ingest;

import java.util.List;
import java.util.stream.Collectors;

import id.patuh.cases.DataKind;
import id.patuh.security.TenantScope;
import id.patuh.messages.Texts;

/** The row errors an import itself raises (readers and the validator raise the others). */
final class RowErrors {

    private RowErrors() {
    }

    /** The id is stored with other content: a re-send may fill blanks, never change a value. */
    static RowError conflict(DataKind kind, ValidatedRow row) {
        String id = row.record().id();
        return new RowError(row.line(), id, kind.idColumn(), Texts.id("ingest.row.conflict", kind.idColumn(), id),
                Texts.en("ingest.row.conflict", kind.idColumn(), id));
    }

    static RowError outOfScope(ValidatedRow row, TenantScope scope) {
        String unit = row.record().unit();
        String tenants = String.valueOf(scope.tenants());
        return new RowError(row.line(), row.record().id(), "unit", Texts.id("ingest.row.out-of-scope", unit, tenants),
                Texts.en("ingest.row.out-of-scope", unit, tenants));
    }

    /** Several problems of one row as one error: the first field, every reason. */
    static RowError merged(List<RowError> rowErrors) {
        RowError first = rowErrors.get(0);
        if (rowErrors.size() == 1) {
            return first;
        }
        return new RowError(first.line(), first.id(), first.field(),
                rowErrors.stream().map(RowError::reason).collect(Collectors.joining("; ")),
                rowErrors.stream().map(RowError::reasonEn).collect(Collectors.joining("; ")));
    }
}
