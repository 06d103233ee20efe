import { CREDIT_CATEGORY_LABELS } from '../jiangsuCodeTables.ts';
import type { JiangsuContentCodec } from '../jiangsuContentCodec.ts';

/**
 * 信用记录 ↔ CreditRecordContent. lxrq and gsjzrq are empty when null. subjectKind is zjlx (111 a
 * person's record, 001 an enterprise's), written and read by the format.
 */
export const creditRecordCodec: JiangsuContentCodec<'CREDIT_RECORD'> = {
  write: (content, w) => ({
    ztmc: w.text('ztmc', content.subjectName),
    xylb: w.label('xylb', CREDIT_CATEGORY_LABELS, content.category),
    jdswh: w.text('jdswh', content.decisionNumber),
    jdrq: w.date('jdrq', content.decidedOn),
    jdjg: w.text('jdjg', content.authority),
    sy: w.text('sy', content.reason),
    fkje: w.yuan('fkje', content.penaltyAmount),
    sflx: w.flag('sflx', content.settled),
    lxrq: w.optionalDate('lxrq', content.settledOn),
    gsjzrq: w.optionalDate('gsjzrq', content.publicUntil),
  }),
  read: (r, subjectKind) => ({
    subjectKind,
    subjectName: r.text('ztmc'),
    category: r.label('xylb', CREDIT_CATEGORY_LABELS),
    decisionNumber: r.text('jdswh'),
    decidedOn: r.date('jdrq'),
    authority: r.text('jdjg'),
    reason: r.text('sy'),
    penaltyAmount: r.yuan('fkje'),
    settled: r.flag('sflx'),
    settledOn: r.optionalDate('lxrq'),
    publicUntil: r.optionalDate('gsjzrq'),
  }),
};
