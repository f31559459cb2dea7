package id.patuh.sopimport;

import java.util.List;

/**
 * One procedure table of a document.
 *
 * @param line        source line of its header row
 * @param title       the line above the table when it is a title ("SOP MEKANISME …"), else null
 * @param roles       the Pelaksana column headers, in column order
 * @param waktuSatuan unit of bare-number Waktu cells ("menit"), or null when the cells carry units
 */
record ProcedureTable(int line, String title, List<String> roles, List<DraftStep> steps, String waktuSatuan) {
}
