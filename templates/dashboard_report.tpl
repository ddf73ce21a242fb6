{{%AUTOESCAPE context="HTML"}}
<a href="{{BACK}}" class="govuk-back-link sendhub-no-print">Back to the dashboard</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <span class="govuk-caption-l">Local authority {{LA}}, {{FROM}} to {{TO}}{{#FILTERED}}, only children with {{FILTER_WORDS}}{{/FILTERED}}</span>
    <h1 class="govuk-heading-l">Partnership board report</h1>
    <p class="govuk-body">Worked out from the shared record on {{MADE}}. Each figure says what is counted and why it matters. No child is named in this report.</p>
    <p class="govuk-body">{{NOTE}}</p>
    <p class="govuk-body sendhub-no-print">To print this report or save it as a PDF, use your browser's print command (Ctrl and P, or Cmd and P on a Mac). The menus and links are left out of the printed copy.</p>

    <table class="govuk-table" id="summary">
      <caption class="govuk-table__caption govuk-table__caption--m">Every figure at a glance</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Figure</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Value</th>
          <th scope="col" class="govuk-table__header">Target</th>
          <th scope="col" class="govuk-table__header">Status</th>
          <th scope="col" class="govuk-table__header">Trend by quarter</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#SUMMARY}}
        <tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header"><a class="govuk-link" href="#kpi-{{ID}}">{{TITLE}}</a></th>
          <td class="govuk-table__cell govuk-table__cell--numeric">{{VALUE}}</td>
          <td class="govuk-table__cell">{{TARGET}}</td>
          <td class="govuk-table__cell">{{STATUS}}</td>
          <td class="govuk-table__cell">{{TREND}}</td>
        </tr>
{{/SUMMARY}}
      </tbody>
    </table>

{{#KPI}}
    <section class="sendhub-report-kpi" id="kpi-{{ID}}" aria-labelledby="kpi-{{ID}}-title">
      <h2 class="govuk-heading-m" id="kpi-{{ID}}-title">{{TITLE}}: {{VALUE}}</h2>
      <p class="govuk-body">Target: {{TARGET}}. Status: {{STATUS}}. Trend by quarter: {{TREND}}.</p>
      <p class="govuk-body">What is counted: {{COUNTED}}</p>
      <p class="govuk-body">Why it matters: {{WHY}}</p>
{{#RULE}}      <p class="govuk-body">Time limit: {{REGULATION}}.</p>
{{/RULE}}
{{#TABLE}}
      <table class="govuk-table" id="{{ID}}">
        <caption class="govuk-table__caption govuk-table__caption--s">{{CAPTION}}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">{{FIRST}}</th>
{{#HEAD}}            <th scope="col" class="govuk-table__header govuk-table__header--numeric">{{TEXT}}</th>
{{/HEAD}}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
{{#ROW}}
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header">{{LABEL}}</th>
{{#CELL}}            <td class="govuk-table__cell govuk-table__cell--numeric">{{TEXT}}</td>
{{/CELL}}
          </tr>
{{/ROW}}
        </tbody>
      </table>
{{/TABLE}}
    </section>
{{/KPI}}
  </div>
</div>
