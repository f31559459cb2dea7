package id.patuh.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a page must be to be used on the screen it is shown on, measured in the browser: no
 * sideways scrolling of the page, sign-out inside the viewport and not covered, and on a phone
 * controls big enough for a thumb (44 px, Apple's and WCAG 2.5.5's size) with inputs at 16 px, the
 * size below which iOS zooms into a field. Each problem comes back as a sentence naming the page.
 */
final class PageFit {

    static final int TOUCH_PX = 44;
    static final int INPUT_FONT_PX = 16;

    private static final String WIDTH = """
            return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth};""";

    /** The sign-out button's box and whether it is the element a tap at its centre reaches. */
    private static final String SIGN_OUT = """
            const b = document.querySelector('.topbar .who button[type=submit]');
            if (!b) return null;
            const r = b.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                    reachable: hit === b || b.contains(hit), width: window.innerWidth, height: window.innerHeight};""";

    /**
     * Controls a thumb must hit: buttons, button-links, fields, menu entries. A checkbox or radio
     * counts by its label (tapping the label ticks it). Hidden ones (a closed details) are skipped.
     */
    private static final String TOUCH = """
            const bad = [];
            const name = e => e.tagName.toLowerCase() + (e.name ? '[name=' + e.name + ']' : '')
                + (e.dataset.testid ? '[' + e.dataset.testid + ']' : '') + ' "' + (e.innerText || e.value || '').trim().slice(0, 30) + '"';
            document.querySelectorAll('main button, main .button, main input:not([type=hidden]), main select, '
                + 'main textarea, main summary, .topbar a, .topbar button').forEach(e => {
              const box = e.getBoundingClientRect();
              if (box.width === 0 && box.height === 0) return;
              const target = (e.type === 'checkbox' || e.type === 'radio') ? (e.closest('label') || e) : e;
              const r = target.getBoundingClientRect();
              if (r.height < arguments[0] - 0.5 || r.width < arguments[0] - 0.5) {
                bad.push(name(e) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' px');
              }
              if (e.matches('input:not([type=checkbox]):not([type=radio]), select, textarea') && parseFloat(getComputedStyle(e).fontSize) < arguments[1]) {
                bad.push(name(e) + ' font ' + getComputedStyle(e).fontSize);
              }
            });
            return bad;""";

    private PageFit() {
    }

    /** Every problem of the page now shown; {@code where} names it in the sentences. */
    @SuppressWarnings("unchecked")
    static List<String> problems(ConsoleBrowser browser, String where, int width, boolean phone, boolean console) {
        List<String> problems = new ArrayList<>();
        Map<String, Number> size = (Map<String, Number>) browser.script(WIDTH);
        long scroll = size.get("scroll").longValue();
        long inner = size.get("inner").longValue();
        if (inner != width) {
            problems.add(where + ": the viewport is " + inner + " px wide, not " + width + " (the page zoomed out)");
        }
        if (scroll > inner) {
            problems.add(where + ": the page scrolls sideways (scrollWidth " + scroll + " > innerWidth " + inner + ")");
        }
        if (!console) {
            return problems;
        }
        Map<String, Object> signOut = (Map<String, Object>) browser.script(SIGN_OUT);
        if (signOut == null) {
            problems.add(where + ": no sign-out button");
        } else if (!inside(signOut) || !Boolean.TRUE.equals(signOut.get("reachable"))) {
            problems.add(where + ": sign-out is not inside the viewport or is covered " + signOut);
        }
        if (phone) {
            ((List<String>) browser.script(TOUCH, TOUCH_PX, INPUT_FONT_PX))
                    .forEach(p -> problems.add(where + ": too small for a thumb: " + p));
        }
        return problems;
    }

    private static boolean inside(Map<String, Object> box) {
        double width = ((Number) box.get("width")).doubleValue();
        double height = ((Number) box.get("height")).doubleValue();
        return number(box, "left") >= 0 && number(box, "top") >= 0 && number(box, "right") <= width
                && number(box, "bottom") <= height;
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
