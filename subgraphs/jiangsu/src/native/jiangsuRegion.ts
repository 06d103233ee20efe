import type { RegionCode } from '@yrd/shared/regions/regionRegistry';

/** Region code every Jiangsu NativeRecordError carries. */
export const JIANGSU_REGION: RegionCode = 'JIANGSU';
