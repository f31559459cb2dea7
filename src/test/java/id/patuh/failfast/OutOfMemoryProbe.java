package id.patuh.failfast;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import id.patuh.PatuhApplication;

/**
 * Child process of {@link OutOfMemoryExitIntegrationTests}: the whole application (web server,
 * embedded store), started like the fat jar without JVM flags, plus a test-only endpoint
 * {@code GET /oom-probe} that runs out of memory inside a request. Prints {@code PORT <port>},
 * then, with argument {@code thread}, runs out of memory in a thread of its own as well.
 */
public final class OutOfMemoryProbe {

    private OutOfMemoryProbe() {
    }

    public static void main(String[] args) {
        OutOfMemoryExit.installDefaultHandler(); // what PatuhApplication.main does first
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PatuhApplication.class)
                .initializers(app -> ((GenericApplicationContext) app).registerBean("oomProbeRoute",
                        RouterFunction.class, OutOfMemoryProbe::route))
                .run("--server.port=0", "--patuh.security.enabled=false", "--patuh.store.backend=memory");
        System.out.println("PORT " + ((WebServerApplicationContext) context).getWebServer().getPort());
        System.out.flush();
        if (args.length > 0 && args[0].equals("thread")) {
            new Thread(OutOfMemoryProbe::exhaustHeap, "oom-probe").start();
        }
    }

    private static RouterFunction<ServerResponse> route() {
        return RouterFunctions.route(RequestPredicates.GET("/oom-probe"), request -> {
            exhaustHeap();
            return ServerResponse.ok().body("masih hidup / still alive");
        });
    }

    /** One array larger than the whole heap: a real "Java heap space" error, at once. */
    static long[] exhaustHeap() {
        long longs = Runtime.getRuntime().maxMemory() / Long.BYTES + 1_024;
        return new long[(int) Math.min(Integer.MAX_VALUE - 16, longs)];
    }
}
