package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.patuh.cases.DataKind;

class ColumnGuideTests {

    @ParameterizedTest
    @EnumSource(DataKind.class)
    void explainsExactlyTheColumnsTheImporterReadsAndMarksTheRequiredOnes(DataKind kind) {
        var guide = ColumnGuide.of(kind);

        assertThat(guide).extracting(ColumnGuide.Column::name).containsExactlyElementsOf(KindColumns.known(kind));
        assertThat(guide).filteredOn(ColumnGuide.Column::required).extracting(ColumnGuide.Column::name)
                .containsExactlyInAnyOrderElementsOf(KindColumns.required(kind));
        assertThat(guide).allSatisfy(c -> assertThat(c.meaning()).isNotBlank());
    }
}
