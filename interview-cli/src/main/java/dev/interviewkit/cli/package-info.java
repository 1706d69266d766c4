/**
 * The {@code interview} command line (picocli): {@code inspect} and {@code export}, over one
 * article or many. Not a Java API: the command's flags, exit codes and report fields are public
 * (README, "Versions and the public API"), these classes are not.
 */
package dev.interviewkit.cli;
