package id.patuh.console;

import java.util.ArrayList;
import java.util.List;

import id.patuh.messages.Texts;

/**
 * The console's navigation for one caller: only what the caller's roles may open, labelled in the
 * request's language.
 */
record ConsoleMenu(List<Item> items) {

    /** @param key stable name for tests and the active-page highlight */
    public record Item(String key, String label, String href) {
    }

    static ConsoleMenu of(ConsoleCaller caller) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("beranda", Texts.current("console.menu.home"), "/console"));
        if (caller.readsFindings()) {
            items.add(new Item("temuan", Texts.current("console.menu.findings"), "/console/findings"));
        }
        items.add(new Item("sop", Texts.current("console.menu.sops"), "/console/sops"));
        if (caller.recordsSteps()) {
            items.add(new Item("catat", Texts.current("console.menu.record"), "/console/catat"));
        }
        if (caller.uploads()) {
            items.add(new Item("unggah", Texts.current("console.menu.upload"), "/console/import"));
        }
        if (caller.hasAny(java.util.EnumSet.of(id.patuh.security.Role.ADMIN))) {
            items.add(new Item("impor-sop", Texts.current("console.menu.sop-import"), "/console/sop-import"));
        }
        return new ConsoleMenu(List.copyOf(items));
    }
}
