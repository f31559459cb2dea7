/**
 * Command-line entry points of {@code patuh.jar}: {@code catalog} now; {@code import},
 * {@code audit}, {@code report}, {@code demo} and {@code bench} as they arrive.
 *
 * <p>Commands write their result (JSON, tables) to stdout and everything else — progress,
 * logs, errors — to stderr, so that stdout can be piped into another tool.
 */
package id.patuh.cli;
