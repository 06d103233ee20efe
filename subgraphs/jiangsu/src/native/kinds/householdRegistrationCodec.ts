import { HOUSEHOLD_RELATION_LABELS, SEX_LABELS } from '../jiangsuCodeTables.ts';
import type { JiangsuContentCodec } from '../jiangsuContentCodec.ts';

/** 户籍登记信息 ↔ HouseholdRegistrationContent. */
export const householdRegistrationCodec: JiangsuContentCodec<'HOUSEHOLD_REGISTRATION'> = {
  write: (content, w) => ({
    xingMing: w.text('xingMing', content.personName),
    xb: w.label('xb', SEX_LABELS, content.sex),
    csrq: w.date('csrq', content.birthDate),
    mz: w.text('mz', content.ethnicity),
    hjxzqh: w.divisionCode('hjxzqh', content.divisionCode),
    hjdz: w.text('hjdz', content.address),
    yhzgx: w.label('yhzgx', HOUSEHOLD_RELATION_LABELS, content.relationToHead),
    djrq: w.date('djrq', content.registeredOn),
    qcdxzqh: w.optionalDivisionCode('qcdxzqh', content.movedFromDivision),
    sfcsjtb: w.flag('sfcsjtb', content.handledCrossRegion),
  }),
  read: (r) => ({
    personName: r.text('xingMing'),
    sex: r.label('xb', SEX_LABELS),
    birthDate: r.date('csrq'),
    ethnicity: r.text('mz'),
    divisionCode: r.divisionCode('hjxzqh', 'REGISTRATION'),
    address: r.text('hjdz'),
    relationToHead: r.label('yhzgx', HOUSEHOLD_RELATION_LABELS),
    registeredOn: r.date('djrq'),
    movedFromDivision: r.optionalDivisionCode('qcdxzqh', 'ORIGIN'),
    handledCrossRegion: r.flag('sfcsjtb'),
  }),
};
