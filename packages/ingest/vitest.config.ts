import { parleyProject } from '@parley/vitest-config';

export default parleyProject({ test: { name: 'ingest' } });
