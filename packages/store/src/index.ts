// @kg/store: the Neo4j side of the knowledge graph (schema, writer, retraction, readers) and the
// ingestion pipeline that feeds it.
export { readNeo4jConfig, openDriver, assertReachable, Neo4jUnavailableError, type Neo4jConfig } from './config.js';
export { ensureSchema, SCHEMA_STATEMENTS } from './schema.js';
export { nameKeyProps, nameKeyProbe, backfillNameKeys } from './schema-names.js';
export { writeExtraction, warmWriter, ClaimCache, type WriteOptions, type WriteStats } from './writer.js';
export { remapExtraction, foldName, entityCaption, splitByArticle, type ResolvableEntity } from './entity-resolution.js';
export { retractArticle, type RetractResult } from './retract.js';
export { countGraph, dumpGraph, wipeDatabase, type GraphCounts, type GraphDump } from './readers.js';
export { CORROBORATION_THRESHOLD, contentTokens, dice, textSimilarity, sameStatement, compatible, distinguishers } from './similarity.js';
export { resolveReports } from './corroboration.js';
export { planExtraction } from './plan.js';
export { ingest, Neo4jLostError, applyCallerMeta, type IngestOptions, type IngestSummary, type IngestError } from './pipeline.js';
export { readInputs, walkFolder, type InputItem, type CallerMeta } from './inputs.js';
export { extractInputs, type Extracted, type ExtractStreamOptions } from './extract-stream.js';
export { classifyText, decodeText, DEFAULT_MAX_BYTES } from './classify.js';
export { defaultWorkers } from './pool.js';
