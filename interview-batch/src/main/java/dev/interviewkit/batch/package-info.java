/**
 * Batch conversion of many articles: {@link dev.interviewkit.batch.BatchConverter} finds the inputs
 * ({@link dev.interviewkit.batch.BatchPlan}), converts each one on its own
 * ({@link dev.interviewkit.batch.InputResult}) and runs whole batches on an executor with a
 * {@link dev.interviewkit.batch.BatchListener}; {@link dev.interviewkit.batch.JsonLinesReport}
 * writes one JSON line per result.
 */
package dev.interviewkit.batch;
