package id.patuh.workload;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import id.patuh.security.DemoUsers;

/**
 * {@code --patuh.demo=true}: the service starts with a demo quarter in an empty store, so a
 * newcomer sees findings and live metrics at once, and with demo users (inspektorat, Sekcam,
 * operator) to sign in to the console as. A store that holds data is never touched.
 */
@Component
@ConditionalOnProperty(name = "patuh.demo", havingValue = "true")
class DemoOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStart.class);

    private final DemoData demo;
    private final DemoUsers users;

    DemoOnStart(DemoData demo, DemoUsers users) {
        this.demo = demo;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.storeIsEmpty()) {
            log.info("Penyimpanan sudah berisi data, data demo tidak dimuat / store not empty, demo data not loaded");
            return;
        }
        DemoSummary summary = demo.load(demo.defaultQuarter());
        log.info("Data demo dimuat / demo data loaded: triwulan {}, {} kasus, {} langkah, {} data indikator, "
                + "{} permintaan, {} temuan, {} ms", summary.quarter(), summary.cases(), summary.events(),
                summary.records(), summary.requests(), summary.findings(), summary.millis());
        List<String> tenants = demo.tenants();
        if (!tenants.isEmpty()) {
            // the Sekcam and the operator belong to a kecamatan when the catalog has one
            users.create(tenants, tenants.stream().filter(t -> t.startsWith("kec-")).findFirst()
                    .orElse(tenants.get(0)));
        }
    }
}
