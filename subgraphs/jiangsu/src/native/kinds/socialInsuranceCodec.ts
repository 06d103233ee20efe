import { SOCIAL_INSURANCE_SCHEMES } from '@yrd/shared/standard/recordContents';
import { CARD_STATUS_LABELS, INSURANCE_SCHEME_LABELS, INSURANCE_STATUS_LABELS } from '../jiangsuCodeTables.ts';
import type { JiangsuContentCodec } from '../jiangsuContentCodec.ts';

/** 社会保险参保缴费记录 ↔ SocialInsuranceContent. */
export const socialInsuranceCodec: JiangsuContentCodec<'SOCIAL_INSURANCE'> = {
  write: (content, w) => ({
    xingMing: w.text('xingMing', content.personName),
    cbxz: w.labelList('cbxz', INSURANCE_SCHEME_LABELS, content.schemes),
    dwmc: w.optionalText('dwmc', content.employerName),
    dwtyshxydm: w.optionalCreditCode('dwtyshxydm', content.employerCreditCode),
    cbzt: w.label('cbzt', INSURANCE_STATUS_LABELS, content.insuranceStatus),
    cbrq: w.date('cbrq', content.insuredSince),
    jfys: w.count('jfys', content.contributionMonths),
    zhjfny: w.month('zhjfny', content.lastContributionMonth),
    sbkzt: w.label('sbkzt', CARD_STATUS_LABELS, content.cardStatus),
  }),
  read: (r) => ({
    personName: r.text('xingMing'),
    schemes: r.labelList('cbxz', INSURANCE_SCHEME_LABELS, SOCIAL_INSURANCE_SCHEMES),
    employerName: r.optionalText('dwmc'),
    employerCreditCode: r.optionalCreditCode('dwtyshxydm'),
    insuranceStatus: r.label('cbzt', INSURANCE_STATUS_LABELS),
    insuredSince: r.date('cbrq'),
    contributionMonths: r.count('jfys'),
    lastContributionMonth: r.month('zhjfny'),
    cardStatus: r.label('sbkzt', CARD_STATUS_LABELS),
  }),
};
