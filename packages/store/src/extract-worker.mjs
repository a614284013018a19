// Piscina worker entry. Worker threads do not inherit tsx's loader, so it is registered here before
// the TypeScript task module (and through it @kg/extractor) is imported.
import { register } from 'tsx/esm/api';

register();
const { runExtraction } = await import('./extract-task.ts');

export default runExtraction;
