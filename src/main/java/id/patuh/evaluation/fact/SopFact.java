package id.patuh.evaluation.fact;

import org.kie.api.definition.type.ClassReactive;

/** The ratification fields of a catalog SOP; a blank field is null. */
@ClassReactive
public record SopFact(String sopCode, String name, String tanggalEfektif, String disahkanOleh) {
}
