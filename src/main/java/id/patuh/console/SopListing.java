package id.patuh.console;

import id.patuh.catalog.Sop;

/** One line of the SOP list: what tells SOPs apart at a glance. */
record SopListing(String code, String name, String instansi, String units, int steps, String pelaksana,
        String tanggalEfektif) {

    static SopListing of(Sop sop) {
        return new SopListing(sop.code(), sop.name(), sop.instansi(), String.join(", ", sop.units()),
                sop.steps().size(), String.join(", ", sop.roleNames()), SopSheet.date(sop.tanggalEfektif()));
    }
}
