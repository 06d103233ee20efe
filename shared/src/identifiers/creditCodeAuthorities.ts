/**
 * Registration authorities (登记管理部门, position 1) and organisation types (机构类别, position 2)
 * of the unified social credit code (GB 32100-2015).
 *
 * For 编制 (1), 外交 (2), 文化 (4), 民政 (5) and 市场监管 (9) the type table is closed: an unlisted type is a problem.
 * For the other authorities the standard leaves the type table to the authority (in practice '1'
 * or '9'), so any alphabet character is accepted as type and only the authority name is known.
 */

export interface OrganizationTypeEntry {
  char: string;
  name: string;
}

export interface RegistrationAuthority {
  char: string;
  name: string;
  /** Closed list of organisation types, or undefined where the authority's table is open. */
  organizationTypes: readonly OrganizationTypeEntry[] | undefined;
}

export const REGISTRATION_AUTHORITIES: readonly RegistrationAuthority[] = [
  {
    char: '1',
    name: '编制',
    organizationTypes: [
      { char: '1', name: '机关' },
      { char: '2', name: '事业单位' },
      { char: '3', name: '群团' },
      { char: '9', name: '其他' },
    ],
  },
  // 外交 (2) registers resident foreign news organisations, 文化 (4) foreign cultural centres:
  // few codes, but real ones. Their type tables are closed (1 and 9 only): left open, every
  // identity number of 22–23 or 42–46 (黑龙江, 湖北, 广东, …) would be shaped like one of them,
  // and about 1 in 300 such numbers would pass as a credit code too.
  {
    char: '2',
    name: '外交',
    organizationTypes: [
      { char: '1', name: '外国常驻新闻机构' },
      { char: '9', name: '其他' },
    ],
  },
  { char: '3', name: '司法', organizationTypes: undefined },
  {
    char: '4',
    name: '文化',
    organizationTypes: [
      { char: '1', name: '外国在华文化中心' },
      { char: '9', name: '其他' },
    ],
  },
  {
    char: '5',
    name: '民政',
    organizationTypes: [
      { char: '1', name: '社会团体' },
      { char: '2', name: '民办非企业单位' },
      { char: '3', name: '基金会' },
      { char: '4', name: '村委会' },
      { char: '5', name: '居委会' },
      { char: '9', name: '其他' },
    ],
  },
  { char: '6', name: '旅游', organizationTypes: undefined },
  { char: '7', name: '宗教', organizationTypes: undefined },
  { char: '8', name: '工会', organizationTypes: undefined },
  {
    char: '9',
    name: '市场监管',
    organizationTypes: [
      { char: '1', name: '企业' },
      { char: '2', name: '个体工商户' },
      { char: '3', name: '农民专业合作社' },
      { char: '9', name: '其他' },
    ],
  },
  { char: 'A', name: '军队', organizationTypes: undefined },
  { char: 'G', name: '公安', organizationTypes: undefined },
  { char: 'J', name: '住建', organizationTypes: undefined },
  { char: 'N', name: '农业', organizationTypes: undefined },
  { char: 'Q', name: '侨联', organizationTypes: undefined },
  { char: 'Y', name: '其他', organizationTypes: undefined },
];

const authoritiesByChar: ReadonlyMap<string, RegistrationAuthority> = new Map(
  REGISTRATION_AUTHORITIES.map((a) => [a.char, a]),
);

export function registrationAuthorityOf(char: string): RegistrationAuthority | undefined {
  return authoritiesByChar.get(char);
}
