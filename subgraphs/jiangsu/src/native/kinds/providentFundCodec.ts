import { FUND_ACCOUNT_STATUS_LABELS } from '../jiangsuCodeTables.ts';
import type { JiangsuContentCodec } from '../jiangsuContentCodec.ts';

/** 住房公积金缴存记录 ↔ ProvidentFundContent. */
export const providentFundCodec: JiangsuContentCodec<'PROVIDENT_FUND'> = {
  write: (content, w) => ({
    xingMing: w.text('xingMing', content.personName),
    grzh: w.text('grzh', content.accountNumber),
    zhzt: w.label('zhzt', FUND_ACCOUNT_STATUS_LABELS, content.accountStatus),
    khrq: w.date('khrq', content.openedOn),
    dwmc: w.text('dwmc', content.employerName),
    yjce: w.yuan('yjce', content.monthlyDeposit),
    zhye: w.yuan('zhye', content.balance),
    lxjcys: w.count('lxjcys', content.continuousMonths),
    zhjcny: w.month('zhjcny', content.lastDepositMonth),
    dkye: w.yuan('dkye', content.outstandingLoan),
  }),
  read: (r) => ({
    personName: r.text('xingMing'),
    accountNumber: r.text('grzh'),
    accountStatus: r.label('zhzt', FUND_ACCOUNT_STATUS_LABELS),
    openedOn: r.date('khrq'),
    employerName: r.text('dwmc'),
    monthlyDeposit: r.yuan('yjce'),
    balance: r.yuan('zhye'),
    continuousMonths: r.count('lxjcys'),
    lastDepositMonth: r.month('zhjcny'),
    outstandingLoan: r.yuan('dkye'),
  }),
};
