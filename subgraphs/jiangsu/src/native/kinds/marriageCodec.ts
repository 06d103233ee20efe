import { MARRIAGE_EVENT_LABELS } from '../jiangsuCodeTables.ts';
import type { JiangsuContentCodec } from '../jiangsuContentCodec.ts';

/** 婚姻登记信息 ↔ MarriageContent. */
export const marriageCodec: JiangsuContentCodec<'MARRIAGE'> = {
  write: (content, w) => ({
    xingMing: w.text('xingMing', content.personName),
    djlx: w.label('djlx', MARRIAGE_EVENT_LABELS, content.event),
    poxm: w.text('poxm', content.spouseName),
    pozjhm: w.text('pozjhm', content.spouseIdNumber),
    djrq: w.date('djrq', content.registeredOn),
    djjg: w.text('djjg', content.registryOffice),
    zsbh: w.text('zsbh', content.certificateNumber),
  }),
  read: (r) => ({
    personName: r.text('xingMing'),
    event: r.label('djlx', MARRIAGE_EVENT_LABELS),
    spouseName: r.text('poxm'),
    spouseIdNumber: r.text('pozjhm'),
    registeredOn: r.date('djrq'),
    registryOffice: r.text('djjg'),
    certificateNumber: r.text('zsbh'),
  }),
};
