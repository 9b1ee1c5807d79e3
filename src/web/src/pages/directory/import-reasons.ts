// An import report's row reasons in the reader's language, from the codes and values the
// server sends (src/hsds/row-reasons.ts). A reason whose code this screen does not know (a
// newer server) is shown as the server's English sentence. No React here, so every code is
// worded in both languages without a browser (test/service/directory-import.test.ts).
import { isImportReasonCode } from '../../../../hsds/row-reasons.js';

type Values = Readonly<Record<string, string | number>>;

/** A row problem as the API sends it (ImportProblem in types.ts); codes absent from an older server. */
export interface CodedProblem {
  readonly reason: string;
  readonly code?: string;
  readonly values?: Values;
  readonly more?: readonly { readonly code: string; readonly values: Values }[];
}

/** i18next's `t`, untyped: the keys are built from codes the type checks. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function wordImportProblem(t: Translate, problem: CodedProblem): string {
  const parts = [{ code: problem.code, values: problem.values }, ...(problem.more ?? [])];
  if (!parts.every((part) => typeof part.code === 'string' && isImportReasonCode(part.code))) {
    return problem.reason;
  }
  // The values go in `replace`, so none of them is taken for an option of i18next.
  return parts
    .map((part) =>
      t(`directoryImport.reasons.${String(part.code)}`, { replace: part.values ?? {} }),
    )
    .join('; ');
}
