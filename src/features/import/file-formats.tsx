/** The kinds of file the importer recognises, in the user's words (SPEC 2.1 to 2.9). */
export function FileFormats() {
  return (
    <details className="formats">
      <summary>Which files can I import?</summary>
      <ul>
        <li>
          <strong>Scorecard sheet</strong>: your Performance Summary saved as CSV (No., Indicator,
          Good perf is, month columns such as Dec-15, YTD, Red, Amber, Green, benchmarks).
        </li>
        <li>
          <strong>Catalogue</strong>: id, section, name, polarity, unit, ytd, red, amber, green,
          definition; optionally target_by (&ldquo;600 by 31 March 2020&rdquo;) and rag_rule
          trajectory.
        </li>
        <li>
          <strong>Monthly values</strong>: indicator_id, period, value (or numerator and
          denominator); or one column per month.
        </li>
        <li>
          <strong>A partner agency&apos;s return</strong>: monthly values with an agency column (the
          template from the Completeness screen).
        </li>
        <li>
          <strong>Breakdown</strong>: indicator_id, period, dimension, category, value (or numerator
          and denominator).
        </li>
        <li>
          <strong>Benchmarks</strong>: indicator_id, benchmark, period, value, source.
        </li>
        <li>
          <strong>Population</strong>: period, population_0_17.
        </li>
        <li>
          <strong>Trajectory</strong>: indicator_id, period, trajectory (a target&apos;s path, month
          by month).
        </li>
        <li>
          <strong>Published national data</strong>: a DfE &ldquo;Explore education statistics&rdquo;
          CSV as downloaded (time_period, geographic_level, old_la_code, la_name, then its
          measures).
        </li>
        <li>
          <strong>Statistical neighbours</strong>: the DfE children&apos;s services list, 10
          neighbours for each local authority.
        </li>
      </ul>
      <p>
        Comma, semicolon or tab separated; UTF-8 or Windows-1252 (as Excel saves). Headers may be in
        any order and any case. An Excel workbook (.xlsx) is read sheet by sheet, each sheet as a
        CSV file with its cells as Excel shows them (hidden and empty sheets are left out); an old
        .xls workbook must be saved as CSV first.
      </p>
    </details>
  );
}
