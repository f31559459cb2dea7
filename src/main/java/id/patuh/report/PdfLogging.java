package id.patuh.report;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf logs every render at INFO through java.util.logging, straight to stderr (and so
 * into a command's output); PDFBox warns once per base font that it measures text with its
 * bundled Liberation Sans. Both are routine: route the first through SLF4J with INFO demoted to
 * DEBUG, and keep only errors of the second.
 */
final class PdfLogging implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");
    private static volatile boolean installed;

    private PdfLogging() {
    }

    static void install() {
        if (installed) {
            return;
        }
        XRLog.setLoggerImpl(new PdfLogging());
        // only when logback is the backend (it is in patuh); elsewhere the warnings stay
        if (LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font")
                instanceof ch.qos.logback.classic.Logger fonts) {
            fonts.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
        installed = true;
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, msg, th);
        } else {
            log.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels belong to the SLF4J backend's configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Level level = diagnostic.getLevel();
        return level.intValue() >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
    }
}
