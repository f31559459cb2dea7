package id.patuh.workload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --patuh.demo=true}: the service starts with a demo quarter in an empty store, so a
 * newcomer sees findings and live metrics at once. A store that holds data is never touched.
 */
@Component
@ConditionalOnProperty(name = "patuh.demo", havingValue = "true")
class DemoOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStart.class);

    private final DemoData demo;

    DemoOnStart(DemoData demo) {
        this.demo = demo;
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
    }
}
