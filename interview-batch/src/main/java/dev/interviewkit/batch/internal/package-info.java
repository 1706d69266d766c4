/** How a batch is carried out: finding inputs, naming outputs, converting one input, running many. Not API. */
package dev.interviewkit.batch.internal;
