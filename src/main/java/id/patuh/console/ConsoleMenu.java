package id.patuh.console;

import java.util.ArrayList;
import java.util.List;

/** The console's navigation for one caller: only what the caller's roles may open. */
record ConsoleMenu(List<Item> items) {

    /** @param key stable name for tests and the active-page highlight */
    public record Item(String key, String label, String href) {
    }

    static ConsoleMenu of(ConsoleCaller caller) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("beranda", "Beranda", "/console"));
        if (caller.readsFindings()) {
            items.add(new Item("temuan", "Temuan", "/console/findings"));
        }
        items.add(new Item("sop", "SOP", "/console/sops"));
        if (caller.recordsSteps()) {
            items.add(new Item("catat", "Catat langkah", "/console/catat"));
        }
        if (caller.uploads()) {
            items.add(new Item("unggah", "Unggah data", "/console/import"));
        }
        if (caller.hasAny(java.util.EnumSet.of(id.patuh.security.Role.ADMIN))) {
            items.add(new Item("impor-sop", "Impor SOP", "/console/sop-import"));
        }
        return new ConsoleMenu(List.copyOf(items));
    }
}
