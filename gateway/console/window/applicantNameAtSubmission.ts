import { APPLICANT_NAME_FIELD } from '@yrd/shared/decision/prefilledForm';
import type { CaseView, GraphQLErrorShape } from '../graphql/resultTypes.ts';
import { field, h } from '../ui/dom.ts';

/** As the province takes a declared name (it refuses a longer one, and checks the rest). */
const MAX_APPLICANT_NAME_LENGTH = 50;

/** The applicant's name typed at submission, for a submission form (a single item's or a bundle's). */
export interface ApplicantNameAtSubmission {
  /** The form's field: shown only while nothing names the applicant. */
  readonly element: HTMLElement;
  /** What SubmitCase sends of it: the name when the clerk typed one, nothing otherwise. */
  readonly sent: () => { readonly applicantName?: string };
  /** After a submission's answer: a refusal for want of a name shows the field (the form may have been drawn while a record, since refused, named her). */
  readonly answered: (errors: readonly GraphQLErrorShape[]) => void;
}

/**
 * 申请人姓名 at submission: where no record the case may use names the applicant (she refused
 * the one that does, or its province had none) and none was declared when it was opened, the
 * clerk types the name off the identity document at hand — the province would refuse the
 * submission otherwise (APPLICANT_NAME_MISSING), and opening the case again would lose the
 * evidence already gathered. Empty to start with: nothing on the page holds her name.
 */
export function applicantNameAtSubmission(view: Pick<CaseView, 'form'>): ApplicantNameAtSubmission {
  const input = h('input', { name: 'submissionApplicantName', testId: 'submission-applicant-name', autocomplete: 'off', maxlength: MAX_APPLICANT_NAME_LENGTH, placeholder: '按身份证件或营业执照填写' });
  const element = field('申请人姓名', input, '共享材料中没有申请人姓名（未提供或申请人拒绝使用），受理时也未填写：请按身份证件填写；企业填名称');
  const named = view.form.some((entry) => entry.name === APPLICANT_NAME_FIELD);
  element.hidden = named;
  return {
    element,
    sent: () => {
      const typed = input.value.trim();
      return !element.hidden && typed ? { applicantName: typed } : {};
    },
    answered: (errors) => {
      if (errors.some((error) => error.extensions?.reason === 'APPLICANT_NAME_MISSING')) element.hidden = false;
    },
  };
}
