// Rows of a plan's section (safe people, places, contacts, steps), phone friendly: each row a
// small group of labelled fields with its own Remove, and Add at the end.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function RowsField<Row>(props: {
  legend: string;
  hint?: string;
  rows: readonly Row[];
  empty: () => Row;
  onChange: (rows: Row[]) => void;
  children: (row: Row, set: (row: Row) => void, number: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const { rows, onChange } = props;
  return (
    <fieldset className="plan-rows">
      <legend>{props.legend}</legend>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      {rows.map((row, index) => (
        <fieldset key={index} className="plan-row">
          <legend>{t('safetyPlans.rowLabel', { section: props.legend, number: index + 1 })}</legend>
          {props.children(
            row,
            (changed) => {
              onChange(rows.map((r, i) => (i === index ? changed : r)));
            },
            index + 1,
          )}
          <button
            type="button"
            onClick={() => {
              onChange(rows.filter((_, i) => i !== index));
            }}
          >
            {t('safetyPlans.remove')}
            <span className="visually-hidden">
              {' '}
              {t('safetyPlans.rowLabel', { section: props.legend, number: index + 1 })}
            </span>
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => {
          onChange([...rows, props.empty()]);
        }}
      >
        {t('safetyPlans.add')}
        <span className="visually-hidden"> ({props.legend})</span>
      </button>
    </fieldset>
  );
}
