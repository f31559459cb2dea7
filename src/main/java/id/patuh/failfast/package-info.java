/**
 * A process that ran out of memory stops instead of running half-alive.
 *
 * <p>An {@link java.lang.OutOfMemoryError} can strike any thread: the one that accepts
 * connections, the store's writer, a request. Threads that die of it leave a process that is
 * up but no longer serves, which no supervisor restarts. The launch configuration sets
 * {@code -XX:+ExitOnOutOfMemoryError}; this package is the same rule for a JVM started without
 * the flag: an {@code OutOfMemoryError} that reaches a thread's end, the servlet filter chain
 * or Spring MVC's exception handling halts the process with exit code
 * {@value id.patuh.failfast.OutOfMemoryExit#EXIT_CODE} (what the JVM flag uses), so that the
 * supervisor restarts it. Nothing acknowledged is lost by halting: the store commits before it
 * acknowledges (see {@code docs/reliability.md}).
 */
package id.patuh.failfast;
