package id.patuh.console;

import java.util.List;

/** One printed page of an SOP sheet's flowchart table: its rows and the drawing laid over them. */
record SopSheetPage(int number, int of, List<SopSheetRow> rows, SopFlowchart chart) {

    public boolean first() {
        return number == 1;
    }
}
