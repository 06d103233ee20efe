import { regionByCode } from '../regions/regionRegistry.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { dateWords } from './conditionWording.ts';

/** How many characters of an account or certificate number a reason shows: its tail, as a bank does (尾号7801). */
const TAIL_LENGTH = 4;

/** 尾号7801 of a number long enough to keep the rest hidden; nothing of a shorter one. */
function tailWords(number: string | undefined): string | undefined {
  const characters = [...(number ?? '').trim()];
  return characters.length > TAIL_LENGTH ? `尾号${characters.slice(-TAIL_LENGTH).join('')}` : undefined;
}

/**
 * A record as the people concerned know it, for a reason given to an applicant or a clerk: the
 * authority holding it and what the person knows it as — 上海市公积金管理中心 公积金账户（尾号7801）,
 * a penalty or listing by its decision number and the authority that decided it (合肥市包河区市场监督管理局
 * 包市监罚〔2026〕231号), a licence by its name, issuer, day and case, a tax record by its year —
 * never by the internal record id alone, which nobody outside the holding system can look up.
 * Account and certificate numbers are shown by their tail only: a reason is read by more people
 * than the record is released to.
 */
export function recordLabel(record: HeldRecord): string {
  const region = regionByCode(record.region)?.name ?? record.region;
  const byId = `${region} ${record.recordId}`;
  // Read defensively: a field a holder left empty falls back to the record's id, never to "undefined".
  const text = (field: string): string | undefined => {
    const value = (record.content as unknown as Record<string, unknown>)[field];
    return typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : undefined;
  };
  const holder = record.holdingAuthority?.trim() || region;
  switch (record.kind) {
    case 'CREDIT_RECORD': {
      const decisionNumber = text('decisionNumber');
      if (!decisionNumber) return byId;
      return `${text('authority') ?? region} ${decisionNumber}`;
    }
    case 'E_LICENCE': {
      const [issuer, issuedOn, name, caseId] = [text('issuerName'), text('issuedOn'), text('licenceName'), text('caseId')];
      if (!issuer || !issuedOn || !name) return byId;
      return `${issuer}${dateWords(issuedOn)}签发的“${name}”${caseId ? `（办件 ${caseId}）` : ''}`;
    }
    case 'TAX': {
      const year = text('taxYear');
      return year ? `${region}${year}年度纳税记录` : byId;
    }
    case 'BUSINESS_REGISTRATION': {
      const authority = text('registrationAuthority');
      return authority ? `${authority}登记信息` : byId;
    }
    case 'PROVIDENT_FUND': {
      const tail = tailWords(text('accountNumber'));
      return tail ? `${holder} 公积金账户（${tail}）` : byId;
    }
    case 'SOCIAL_INSURANCE': {
      // Known by the employer it is paid through (or as one's own, 个人参保) and since when.
      const since = text('insuredSince');
      if (!since) return byId;
      const employer = text('employerName');
      return `${holder} 社会保险参保记录（${employer ? `参保单位 ${employer}` : '个人参保'}，${dateWords(since)}起）`;
    }
    case 'HOUSEHOLD_REGISTRATION': {
      const registeredOn = text('registeredOn');
      return registeredOn ? `${holder} 户籍登记（${dateWords(registeredOn)}登记）` : byId;
    }
    case 'MARRIAGE': {
      // A marriage or divorce by the office that registered it, the day and its certificate (结婚证、离婚证).
      const [office, registeredOn] = [text('registryOffice'), text('registeredOn')];
      if (!office || !registeredOn) return byId;
      const what = text('event') === 'DIVORCE' ? '离婚登记' : '结婚登记';
      const tail = tailWords(text('certificateNumber'));
      return `${office}${dateWords(registeredOn)}办理的${what}${tail ? `（证号${tail}）` : ''}`;
    }
  }
}
