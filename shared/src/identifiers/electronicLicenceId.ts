/**
 * 电子证照标识 (GB/T 36904-2018):
 *   1.2.156.3005.2.{licence type code}.{issuing authority code}.{serial}.{version}.{check}
 * - licence type code: unified social credit code of the ministry defining the licence type
 *   (18 characters) + 3-digit sequence, e.g. 住建部 11100000000013338W + 032;
 * - issuing authority code: the issuer's unified social credit code (18 characters);
 * - serial: one or more digits / upper-case letters identifying the licence;
 * - version: 3 digits;
 * - check: ISO 7064 MOD 37,36 over typeCode + authorityCode + serial + version (dots removed).
 */
import type { CheckResult, IdentifierProblem } from './checkResult.ts';
import { failed, passed } from './checkResult.ts';
import { describeCharacter } from './describeCharacter.ts';
import { iso7064Mod37_36CheckCharacter } from './iso7064Mod37_36.ts';
import type {
  UnifiedSocialCreditCodeInfo,
  ValidateUnifiedSocialCreditCodeOptions,
} from './unifiedSocialCreditCode.ts';
import { validateUnifiedSocialCreditCode } from './unifiedSocialCreditCode.ts';

/** Object identifier arc of electronic licences (GB/T 36904), without the trailing dot. */
export const ELECTRONIC_LICENCE_ID_PREFIX = '1.2.156.3005.2';

export interface ElectronicLicenceIdParts {
  /** 18-character credit code of the defining ministry + 3-digit sequence. */
  licenceTypeCode: string;
  /** Unified social credit code of the issuing authority. */
  issuerCode: string;
  serial: string;
  /** 3 digits ('001'), or a number 0–999 that is zero-padded. */
  version: string | number;
}

export interface ElectronicLicenceIdInfo {
  id: string;
  licenceTypeCode: string;
  /** First 18 characters of the licence type code: the defining ministry's credit code. */
  definingAuthorityCode: string;
  /** Last 3 digits of the licence type code. */
  licenceTypeSequence: string;
  issuerCode: string;
  issuer: UnifiedSocialCreditCodeInfo;
  serial: string;
  version: string;
  checkCharacter: string;
}

export type ValidateElectronicLicenceIdOptions = ValidateUnifiedSocialCreditCodeOptions;

function problem(
  reason: IdentifierProblem['reason'],
  message: string,
  detail: { expected?: string; actual?: string } = {},
): IdentifierProblem {
  return { kind: 'ELECTRONIC_LICENCE_ID', reason, message, ...detail };
}

interface CheckedParts {
  issuer: UnifiedSocialCreditCodeInfo;
}

/** Rules shared by build and validate for the four parts covered by the check character. */
function checkParts(
  licenceTypeCode: string,
  issuerCode: string,
  serial: string,
  version: string,
  options: ValidateElectronicLicenceIdOptions,
): CheckedParts | IdentifierProblem {
  if (!/^[0-9A-Z]{18}[0-9]{3}$/.test(licenceTypeCode)) {
    return problem(
      'FORMAT',
      `电子证照标识的证照类型代码“${licenceTypeCode}”应为18位统一社会信用代码加3位数字顺序号（共21位）`,
      { actual: licenceTypeCode },
    );
  }
  const definingAuthority = validateUnifiedSocialCreditCode(licenceTypeCode.slice(0, 18), options);
  if (!definingAuthority.ok) {
    return problem(
      'FORMAT',
      `电子证照标识的证照类型代码前18位“${licenceTypeCode.slice(0, 18)}”不是有效的统一社会信用代码（${definingAuthority.problem.message}）`,
      { actual: licenceTypeCode },
    );
  }
  const issuer = validateUnifiedSocialCreditCode(issuerCode, options);
  if (!issuer.ok) {
    return problem(
      'ISSUER',
      `电子证照标识的签发机构代码“${issuerCode}”不是有效的统一社会信用代码（${issuer.problem.message}）`,
      { actual: issuerCode },
    );
  }
  if (serial.length === 0) {
    return problem('FORMAT', '电子证照标识的证照流水号不能为空');
  }
  if (!/^[0-9A-Z]+$/.test(serial)) {
    return problem('FORMAT', `电子证照标识的证照流水号“${serial}”只能由数字和大写字母组成`, {
      actual: serial,
    });
  }
  if (!/^[0-9]{3}$/.test(version)) {
    return problem('FORMAT', `电子证照标识的版本号“${version}”应为3位数字，如 001`, {
      actual: version,
    });
  }
  return { issuer: issuer.value };
}

function versionText(version: string | number): string {
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 && version <= 999
    ? String(version).padStart(3, '0')
    : String(version);
}

/**
 * Builds an identifier from its parts, computing the check character. Throws RangeError with the
 * same clerk-facing message validation would give if a part is invalid.
 */
export function buildElectronicLicenceId(
  parts: ElectronicLicenceIdParts,
  options: ValidateElectronicLicenceIdOptions = {},
): string {
  const version = versionText(parts.version);
  const checked = checkParts(parts.licenceTypeCode, parts.issuerCode, parts.serial, version, options);
  if ('reason' in checked) throw new RangeError(checked.message);
  const payload = parts.licenceTypeCode + parts.issuerCode + parts.serial + version;
  return [
    ELECTRONIC_LICENCE_ID_PREFIX,
    parts.licenceTypeCode,
    parts.issuerCode,
    parts.serial,
    version,
    iso7064Mod37_36CheckCharacter(payload),
  ].join('.');
}

const STRUCTURE_HINT = `${ELECTRONIC_LICENCE_ID_PREFIX}.证照类型代码.签发机构代码.证照流水号.版本号.校验位`;

/**
 * Checks, in order: upper case, the fixed prefix, the number of segments, licence type code
 * (FORMAT), issuer code (ISSUER), serial / version / check shape (FORMAT), then the check
 * character (CHECK_CHARACTER).
 */
export function validateElectronicLicenceId(
  id: string,
  options: ValidateElectronicLicenceIdOptions = {},
): CheckResult<ElectronicLicenceIdInfo> {
  const lowerCase = Array.from(id).findIndex((c) => /^[a-z]$/.test(c));
  if (lowerCase >= 0) {
    const character = Array.from(id)[lowerCase] ?? '';
    return failed(
      problem(
        'FORMAT',
        `电子证照标识中的字母应为大写：第${lowerCase + 1}位${describeCharacter(character)}请改为“${character.toUpperCase()}”`,
        { expected: character.toUpperCase(), actual: character },
      ),
    );
  }
  if (!id.startsWith(`${ELECTRONIC_LICENCE_ID_PREFIX}.`)) {
    return failed(
      problem('FORMAT', `电子证照标识应以“${ELECTRONIC_LICENCE_ID_PREFIX}.”开头，格式为 ${STRUCTURE_HINT}`, {
        expected: `${ELECTRONIC_LICENCE_ID_PREFIX}.`,
        actual: id.slice(0, ELECTRONIC_LICENCE_ID_PREFIX.length + 1),
      }),
    );
  }
  const segments = id.slice(ELECTRONIC_LICENCE_ID_PREFIX.length + 1).split('.');
  const [licenceTypeCode, issuerCode, serial, version, checkCharacter] = segments;
  if (
    segments.length !== 5 ||
    licenceTypeCode === undefined ||
    issuerCode === undefined ||
    serial === undefined ||
    version === undefined ||
    checkCharacter === undefined
  ) {
    return failed(
      problem(
        'FORMAT',
        `电子证照标识在“${ELECTRONIC_LICENCE_ID_PREFIX}.”之后应有5段（证照类型代码.签发机构代码.证照流水号.版本号.校验位），实际为${segments.length}段`,
        { expected: '5', actual: String(segments.length) },
      ),
    );
  }
  const checked = checkParts(licenceTypeCode, issuerCode, serial, version, options);
  if ('reason' in checked) return failed(checked);
  if (!/^[0-9A-Z]$/.test(checkCharacter)) {
    return failed(
      problem('FORMAT', `电子证照标识的校验位“${checkCharacter}”应为1位数字或大写字母`, {
        actual: checkCharacter,
      }),
    );
  }
  const expected = iso7064Mod37_36CheckCharacter(licenceTypeCode + issuerCode + serial + version);
  if (expected !== checkCharacter) {
    return failed(
      problem('CHECK_CHARACTER', `电子证照标识校验位错误：应为 ${expected}，实际为 ${checkCharacter}`, {
        expected,
        actual: checkCharacter,
      }),
    );
  }
  return passed({
    id,
    licenceTypeCode,
    definingAuthorityCode: licenceTypeCode.slice(0, 18),
    licenceTypeSequence: licenceTypeCode.slice(18),
    issuerCode,
    issuer: checked.issuer,
    serial,
    version,
    checkCharacter,
  });
}
