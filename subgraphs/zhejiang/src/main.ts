import { runProvinceSubgraph } from '@yrd/shared/provinceKit/runProvinceSubgraph';
import { zhejiangProvince } from './index.ts';

await runProvinceSubgraph(zhejiangProvince);
