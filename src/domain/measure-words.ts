/**
 * A published measure (a DfE tidy file's column name) in words for the measure picker: councils
 * read "Re-referrals within 12 months (%)", not `rereferral_percent`. The measures of the files
 * councils use most are named as the DfE's own metadata describes them; any other column is read
 * from its words (`care_leaver_percent` -> "Care leaver (%)").
 */
const KNOWN: Record<string, string> = {
  referral_count: 'Referrals (number)',
  rereferral_count: 'Re-referrals within 12 months (number)',
  rereferral_percent: 'Re-referrals within 12 months (%)',
  referral_child_count: 'Children referred (number)',
  rereferral_child_count: 'Children re-referred within 12 months (number)',
  rereferral_child_percent: 'Children re-referred within 12 months (%)',
  no_further_action_count: 'Referrals ending in no further action (number)',
  no_further_action_percent: 'Referrals ending in no further action (%)',
  not_in_need_count: 'Referrals assessed as not in need (number)',
  not_in_need_percent: 'Referrals assessed as not in need (%)',
  population_estimate: 'Population estimate (number)',
};

const UNIT_SUFFIX: [RegExp, string][] = [
  [/_(?:percent|percentage|pct)$/i, ' (%)'],
  [/_(?:rate)$/i, ' (rate per 10,000)'],
  [/_(?:count|number)$/i, ' (number)'],
];

export function measureWords(measure: string): string {
  const known = KNOWN[measure.trim().toLowerCase()];
  if (known) return known;
  let stem = measure.trim();
  let unit = '';
  for (const [pattern, words] of UNIT_SUFFIX) {
    if (pattern.test(stem)) {
      stem = stem.replace(pattern, '');
      unit = words;
      break;
    }
  }
  const words = stem.replace(/[_\s]+/g, ' ').trim();
  return words === '' ? measure : `${words.charAt(0).toUpperCase()}${words.slice(1)}${unit}`;
}

/** Filter values of a picker list: the options whose words or column name hold every word typed. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = text.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
