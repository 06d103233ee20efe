import { runProvinceSubgraph } from '@yrd/shared/provinceKit/runProvinceSubgraph';
import { anhuiProvince } from './index.ts';

await runProvinceSubgraph(anhuiProvince);
