import type { LocalImplementation } from './localImplementation.ts';

/** A Shanghai line of the implementation list (only what a test varies is set there). */
export function implementationLine(standardCode: string, localCode: string, overrides: Partial<LocalImplementation>): LocalImplementation {
  return {
    standardCode,
    localCode,
    localName: '测试事项',
    implementingBody: '上海市就业促进中心',
    implementingBodyCode: '12310000425029562T',
    promisedTimeLimit: { amount: 5, unit: 'NATURAL_DAYS' },
    fee: { charged: false },
    places: [{ name: '黄浦区外滩街道社区事务受理服务中心', address: '上海市黄浦区宁波路380号', divisionCode: '310101', phone: '021-63217350' }],
    hours: '周一至周五 8:30-17:00',
    onlineUrl: 'https://zwdt.sh.gov.cn/',
    visitsRequired: 0,
    crossRegion: false,
    tolerantAcceptance: false,
    commitmentSystem: false,
    ...overrides,
  };
}
