package id.patuh.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The load clients' tallies added up once they have all finished. */
record LoadTally(List<LoadClient.Call> calls, Set<String> sentIds, long distinctRowsSent, long acceptedOnFirstSend,
        long acceptedOnResend, long duplicatesOnResend, long resentRows, long rejected) {

    static LoadTally of(List<LoadClient> clients) {
        List<LoadClient.Call> calls = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long sent = 0;
        long acceptedNew = 0;
        long acceptedResend = 0;
        long duplicates = 0;
        long resent = 0;
        long rejected = 0;
        for (LoadClient client : clients) {
            calls.addAll(client.calls);
            if (client instanceof LoadClient.Importer importer) {
                ids.addAll(importer.sentIds);
                sent += importer.sentIds.size();
                acceptedNew += importer.acceptedNew;
                acceptedResend += importer.acceptedResend;
                duplicates += importer.duplicatesResend;
                resent += importer.resentRows;
                rejected += importer.rejected;
            }
        }
        if (ids.size() != sent) {
            throw new IllegalStateException("the load generator repeated an id: " + sent + " rows, " + ids.size()
                    + " distinct ids");
        }
        return new LoadTally(calls, ids, sent, acceptedNew, acceptedResend, duplicates, resent, rejected);
    }

    List<String> serverErrors() {
        return calls.stream().filter(c -> c.status() >= 500).map(c -> c.type() + " -> " + c.status() + " " + c.body())
                .toList();
    }

    /** Anything but 200 that is not a 5xx: a refused request, a transport error (status -1). */
    List<String> otherFailures() {
        return calls.stream().filter(c -> c.status() != 200 && c.status() < 500)
                .map(c -> c.type() + " -> " + c.status() + " " + c.body()).toList();
    }
}
