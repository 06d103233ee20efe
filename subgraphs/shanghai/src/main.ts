import { runProvinceSubgraph } from '@yrd/shared/provinceKit/runProvinceSubgraph';
import { shanghaiProvince } from './index.ts';

await runProvinceSubgraph(shanghaiProvince);
