package id.patuh.findings;

import java.util.List;

/** One page of the findings list. */
public record FindingPage(List<FindingView> items, int page, int size, long total) {
}
