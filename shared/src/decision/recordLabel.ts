import { regionByCode } from '../regions/regionRegistry.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { dateWords } from './conditionWording.ts';

/**
 * A record as the people concerned know it, for a reason given to an applicant or a clerk: a
 * penalty or listing by its decision number and the authority that decided it (合肥市包河区市场监督管理局
 * 包市监罚〔2026〕231号), a licence by its name, issuer, day and case, a tax record by its year —
 * never by the internal record id alone, which nobody outside the holding system can look up.
 */
export function recordLabel(record: HeldRecord): string {
  const region = regionByCode(record.region)?.name ?? record.region;
  const byId = `${region} ${record.recordId}`;
  // Read defensively: a field a holder left empty falls back to the record's id, never to "undefined".
  const text = (field: string): string | undefined => {
    const value = (record.content as unknown as Record<string, unknown>)[field];
    return typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : undefined;
  };
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
    default:
      return byId;
  }
}
