import { runProvinceSubgraph } from '@yrd/shared/provinceKit/runProvinceSubgraph';
import { jiangsuProvince } from './index.ts';

await runProvinceSubgraph(jiangsuProvince);
