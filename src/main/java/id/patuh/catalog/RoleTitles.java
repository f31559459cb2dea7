package id.patuh.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/**
 * Which of an SOP's roles a recorded job title holds (semantics.md v2, "Who did a step"). A title
 * holds a role when, with abbreviations spelled out and case, spacing and punctuation ignored, it
 * equals the role's name or one of its aliases, or begins with it followed by more words (a unit
 * qualifier: "Kasi Pemerintahan" holds "Kasi"). A role written "X / Y" is held by whoever holds X
 * or Y. Of several roles a title holds, the longest match wins; roles tied at that length are all
 * held (a joint column such as "Kasubbag Perencanaan / JF Perencanaan dan Kasubbag Umum").
 *
 * <p>Part of the catalog because the catalog's roles are what a title is matched against: the
 * evaluation asks it who did a step, ingest whether a title resolves at all, with the same answer.
 */
@NamedInterface("api")
public final class RoleTitles {

    private static final Pattern ALTERNATIVES = Pattern.compile("/");

    private final RoleAbbreviations abbreviations;
    private final List<Form> forms = new ArrayList<>();

    /** One way of writing a role, as words. */
    private record Form(String role, List<String> words) {
    }

    public RoleTitles(Sop sop, RoleAbbreviations abbreviations) {
        this.abbreviations = abbreviations;
        for (SopRole role : sop.roles()) {
            add(role.name(), role.name());
            role.aliases().forEach(alias -> add(role.name(), alias));
        }
    }

    private void add(String role, String written) {
        for (String alternative : ALTERNATIVES.split(written)) {
            List<String> words = abbreviations.words(alternative);
            if (!words.isEmpty()) {
                forms.add(new Form(role, words));
            }
        }
    }

    /** The SOP role names the title holds, in column order; empty when it holds none. */
    public List<String> held(String title) {
        if (title == null) {
            return List.of();
        }
        List<String> words = abbreviations.words(title);
        int longest = 0;
        Set<String> held = new LinkedHashSet<>();
        for (Form form : forms) {
            int length = form.words().size();
            if (length > words.size() || !words.subList(0, length).equals(form.words()) || length < longest) {
                continue;
            }
            if (length > longest) {
                held.clear();
                longest = length;
            }
            held.add(form.role());
        }
        return List.copyOf(held);
    }
}
