package id.patuh.catalog;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The descriptive parts of an SOP AP sheet, kept so that the sheet can be printed again.
 *
 * @param organisasi  named organisation of data collection (penanggung jawab, unit pengelola
 *                    data, …) where the document gives one; empty otherwise
 * @param formatData  columns of the data collection form where the document gives one
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SopDocumentation(
        List<String> dasarHukum,
        List<String> kualifikasiPelaksana,
        List<String> keterkaitan,
        List<String> peralatan,
        List<String> peringatan,
        List<String> pencatatan,
        Map<String, Object> organisasi,
        List<String> formatData) {
}
