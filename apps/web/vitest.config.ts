import { parleyProject } from '@parley/vitest-config';

export default parleyProject({ test: { name: 'web', include: ['src/**/*.test.ts'], environment: 'node' } });
