package id.patuh.catalog;

import java.util.List;

/** A Pelaksana column of the SOP table, with the other names people use for it. */
public record SopRole(String name, List<String> aliases) {

    public SopRole {
        aliases = List.copyOf(aliases);
    }
}
