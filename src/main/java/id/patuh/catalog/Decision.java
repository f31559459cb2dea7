package id.patuh.catalog;

/** Branches of a decision step: the step that follows a "ya" and the one that follows a "tidak". */
public record Decision(int ya, int tidak) {
}
