/**
 * Who speaks: label shapes at the start of a line, the decision for the whole document of which
 * labels are speakers, and what the article says about them afterwards (roster lines, a talk the
 * lead introduces, names from the title and lead, roles from behaviour, front-matter declarations).
 */
package dev.interviewkit.parser.internal.speaker;
