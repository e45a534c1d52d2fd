import { parleyProject, singleGraphql } from '@parley/vitest-config';

export default parleyProject({ resolve: singleGraphql, test: { name: 'bench' } });
