import { BUSINESS_STATUS_LABELS, ENTITY_TYPE_LABELS } from '../jiangsuCodeTables.ts';
import type { JiangsuContentCodec } from '../jiangsuContentCodec.ts';

/** 市场主体登记信息 ↔ BusinessRegistrationContent. Registered capital is kept in 万元. */
export const businessRegistrationCodec: JiangsuContentCodec<'BUSINESS_REGISTRATION'> = {
  write: (content, w) => ({
    qymc: w.text('qymc', content.enterpriseName),
    qylx: w.label('qylx', ENTITY_TYPE_LABELS, content.entityType),
    fddbr: w.text('fddbr', content.legalRepresentative),
    fddbrzjhm: w.text('fddbrzjhm', content.legalRepresentativeId),
    zczb: w.wanYuan('zczb', content.registeredCapital),
    clrq: w.date('clrq', content.establishedOn),
    djzt: w.label('djzt', BUSINESS_STATUS_LABELS, content.businessStatus),
    zsxzqh: w.divisionCode('zsxzqh', content.divisionCode),
    zs: w.text('zs', content.address),
    jyfw: w.text('jyfw', content.businessScope),
    djjg: w.text('djjg', content.registrationAuthority),
  }),
  read: (r) => ({
    enterpriseName: r.text('qymc'),
    entityType: r.label('qylx', ENTITY_TYPE_LABELS),
    legalRepresentative: r.text('fddbr'),
    legalRepresentativeId: r.text('fddbrzjhm'),
    registeredCapital: r.wanYuan('zczb'),
    establishedOn: r.date('clrq'),
    businessStatus: r.label('djzt', BUSINESS_STATUS_LABELS),
    divisionCode: r.divisionCode('zsxzqh', 'REGISTRATION'),
    address: r.text('zs'),
    businessScope: r.text('jyfw'),
    registrationAuthority: r.text('djjg'),
  }),
};
