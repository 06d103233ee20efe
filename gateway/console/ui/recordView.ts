import { lookupDivision } from '@yrd/shared/identifiers/divisionCodes';
import type { EvidenceRecord } from '../graphql/resultTypes.ts';
import { h } from './dom.ts';
import type { EnumLabels } from './enumLabels.ts';
import { evidenceKindLabel, regionLabel } from './labels.ts';

/** Field labels of the normalised records (the item standard's fields, in the fragment EvidenceRecordFields). */
const FIELD_LABELS: Record<string, string> = {
  personName: '姓名',
  accountNumber: '账号',
  accountStatus: '账户状态',
  openedOn: '开户日期',
  employerName: '单位',
  insuredEmployerName: '参保单位',
  monthlyDeposit: '月缴存额（元）',
  balance: '余额（元）',
  continuousMonths: '连续缴存月数',
  lastDepositMonth: '最近缴存月份',
  outstandingLoan: '未还公积金贷款（元）',
  schemes: '险种',
  employerCreditCode: '单位信用代码',
  insuranceStatus: '参保状态',
  insuredSince: '参保起始',
  contributionMonths: '缴费月数',
  lastContributionMonth: '最近缴费月份',
  cardStatus: '社保卡状态',
  sex: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  divisionCode: '行政区划',
  address: '地址',
  relationToHead: '与户主关系',
  registeredOn: '登记日期',
  movedFromDivision: '迁出地',
  event: '登记类型',
  spouseName: '配偶姓名',
  spouseIdNumber: '配偶身份号码',
  registryOffice: '登记机关',
  certificateNumber: '证号',
  enterpriseName: '企业名称',
  entityType: '主体类型',
  legalRepresentative: '法定代表人',
  legalRepresentativeId: '法定代表人身份号码',
  registeredCapital: '注册资本',
  establishedOn: '成立日期',
  businessStatus: '经营状态',
  businessScope: '经营范围',
  registrationAuthority: '登记机关',
  subjectName: '主体名称',
  category: '类别',
  decisionNumber: '决定书文号',
  decidedOn: '决定日期',
  authority: '作出机关',
  reason: '事由',
  penaltyAmount: '罚款（元）',
  settled: '已履行',
  settledOn: '履行日期',
  publicUntil: '公示截止',
  taxpayerName: '纳税人',
  taxYear: '年度',
  creditRating: '纳税信用等级',
  taxPaid: '已缴税款（元）',
  arrears: '欠税（元）',
  licenceId: '证照标识',
  licenceName: '证照名称',
  licenceTypeCode: '证照类型代码',
  issuerName: '签发机构',
  issuerCode: '签发机构代码',
  holderName: '持证人',
  issuedOn: '签发日期',
  validUntil: '有效期至',
  licenceStatus: '证照状态',
  caseId: '办件号',
  itemCode: '事项编码',
};

const COMMON = new Set(['__typename', 'recordId', 'kind', 'subjectId', 'region', 'holdingAuthority', 'updatedOn']);

/** Fields holding a division code (GB/T 2260): shown by name with the code, where the list knows it. */
const DIVISION_FIELDS = new Set(['divisionCode', 'movedFromDivision']);

/** 320509 → 苏州市吴江区（320509）; a code the list does not know, as it is. */
function divisionText(code: string): string {
  const division = lookupDivision(code);
  return division ? `${division.name}（${code}）` : code;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map(String).join('、');
  return String(value);
}

/** A normalised record: which province holds it, by which authority, and its fields — a coded value by the schema's label (正常缴存, not ACTIVE). */
export function recordView(record: EvidenceRecord, labels?: Pick<EnumLabels, 'recordFieldLabel'>): HTMLElement {
  const fields = Object.entries(record).filter(([name]) => !COMMON.has(name));
  return h(
    'article',
    { class: 'record', testId: 'record', 'data-kind': record.kind, 'data-region': record.region },
    h(
      'header',
      {},
      h('strong', {}, evidenceKindLabel(record.kind)),
      h('span', { class: 'tag' }, regionLabel(record.region)),
      h('small', {}, `${record.holdingAuthority} · ${record.recordId} · 更新于 ${record.updatedOn}`),
    ),
    h(
      'dl',
      { class: 'fields' },
      fields.map(([name, value]) => [
        h('dt', {}, FIELD_LABELS[name] ?? name),
        h(
          'dd',
          { 'data-field': name },
          value === null || value === undefined
            ? valueText(value)
            : DIVISION_FIELDS.has(name) && typeof value === 'string'
              ? divisionText(value)
              : (labels?.recordFieldLabel(record.__typename, name, value) ?? valueText(value)),
        ),
      ]),
    ),
  );
}
