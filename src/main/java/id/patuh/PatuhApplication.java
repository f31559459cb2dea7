package id.patuh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import id.patuh.cli.PatuhCli;
import id.patuh.failfast.OutOfMemoryExit;

/** Starts the service, or runs a command when the first argument names one. */
@SpringBootApplication
@ConfigurationPropertiesScan
// Boot's TaskScheduler runs the evaluation sweep and the metrics refresh (spring.task.scheduling)
@EnableScheduling
public class PatuhApplication {

    public static void main(String[] args) {
        OutOfMemoryExit.installDefaultHandler();
        if (PatuhCli.handles(args)) {
            System.exit(PatuhCli.run(args));
        }
        SpringApplication.run(PatuhApplication.class, args);
    }
}
