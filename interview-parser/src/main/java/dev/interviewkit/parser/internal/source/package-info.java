/**
 * From text to clean source lines: decoding (UTF-8, BOM, line ends, control characters, the size
 * limit), what every stage agrees a line is (blank, indented, ending in a hard break), and the
 * joining of a block's wrapped lines into the one string the inline parser reads.
 */
package dev.interviewkit.parser.internal.source;
