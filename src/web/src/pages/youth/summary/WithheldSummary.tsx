// What is withheld from the reader and whom to ask: one panel per organization and reason, naming
// the kinds of information it covers, so a reader sees every door to knock on at once.
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../../domain/vocabulary.js';
import type { CategoryView, YouthRecord } from '../../../types';
import { WithheldPanel } from '../WithheldPanel';

type Withheld = CategoryView['withheld'][number];

export function WithheldSummary({ youth }: { youth: YouthRecord }) {
  const { t } = useTranslation();
  const panels = new Map<string, { withheld: Withheld; categories: DataCategory[] }>();
  for (const view of youth.categories) {
    for (const withheld of view.withheld) {
      const key = `${withheld.organizationId}:${withheld.reason}`;
      const panel = panels.get(key) ?? { withheld, categories: [] };
      panel.categories.push(view.category);
      panels.set(key, panel);
    }
  }
  return (
    <section aria-labelledby="summary-withheld">
      <h3 id="summary-withheld">{t('recordNav.summary.withheld')}</h3>
      {panels.size === 0 ? (
        <p>{t('recordNav.summary.nothingWithheld')}</p>
      ) : (
        <div className="withheld-list">
          {[...panels].map(([key, { withheld, categories }]) => (
            <WithheldPanel
              key={key}
              withheld={withheld}
              headingLevel={4}
              about={categories.map((c) => t(`dataCategories.${c}`)).join(', ')}
            />
          ))}
        </div>
      )}
    </section>
  );
}
