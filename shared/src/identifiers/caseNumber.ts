import type { Region } from '../regions/regionRegistry.ts';
import type { GraphQLError } from 'graphql';
import { numberProblem, provinceOfNumber, type ProvinceDayNumber } from './provinceDayNumber.ts';

/**
 * A case number (办件编号): the filing province's two-digit code, the day the case was opened
 * in China Standard Time (YYYYMMDD) and the province's sequence of that day (6 digits) —
 * 3220261127000001 is Jiangsu's first case of 27 November 2026 (caseStore.ts gives them).
 */
export const CASE_NUMBER: ProvinceDayNumber = {
  name: '办件编号',
  shape: /^\d{16}$/,
  layout: '16位数字（省份2位、日期8位、序号6位）',
  dateAt: 2,
  dateMeaning: '受理日期',
};

/** The province a case number was filed in, or BAD_USER_INPUT on `field` saying what is wrong with the number (provinceDayNumber.ts). */
export function caseNumberProvince(id: string, field: string): Region {
  return provinceOfNumber(id, field, CASE_NUMBER);
}

/** What is wrong with a case number sent as `field`, from the number alone (provinceDayNumber.ts); undefined when a province could have given it. */
export function caseNumberProblem(id: string, field: string): GraphQLError | undefined {
  return numberProblem(id, field, CASE_NUMBER);
}
