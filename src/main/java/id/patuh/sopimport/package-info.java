/**
 * SOP documents in: reads an SOP AP as offices write it (the text of a scan, a PDF with a text
 * layer, a Word document or an Excel sheet) and writes one catalog YAML draft per procedure
 * table, in the schema of {@code sop-catalog/}.
 *
 * <p>Nothing is invented: a field the document does not fill is null, and every value that had
 * to be inferred (an executor read from the activity text, a unit guessed from a heading, a
 * cell read from a broken row) is a {@link id.patuh.sopimport.Doubt} naming the source line, so
 * that a person checks exactly those before the draft joins the catalog.
 */
package id.patuh.sopimport;
