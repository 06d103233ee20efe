import { TAX_CREDIT_RATING_LABELS } from '../jiangsuCodeTables.ts';
import type { JiangsuContentCodec } from '../jiangsuContentCodec.ts';

/** 纳税信息 ↔ TaxContent. taxpayerKind is zjlx (111 a person's taxes, 001 an enterprise's), written and read by the format. */
export const taxCodec: JiangsuContentCodec<'TAX'> = {
  write: (content, w) => ({
    nsrmc: w.text('nsrmc', content.taxpayerName),
    nsnd: w.year('nsnd', content.taxYear),
    nsxydj: w.label('nsxydj', TAX_CREDIT_RATING_LABELS, content.creditRating),
    yjse: w.yuan('yjse', content.taxPaid),
    qsje: w.yuan('qsje', content.arrears),
  }),
  read: (r, subjectKind) => ({
    taxpayerKind: subjectKind,
    taxpayerName: r.text('nsrmc'),
    taxYear: r.year('nsnd'),
    creditRating: r.label('nsxydj', TAX_CREDIT_RATING_LABELS),
    taxPaid: r.yuan('yjse'),
    arrears: r.yuan('qsje'),
  }),
};
