{{%AUTOESCAPE context="HTML"}}
<a href="{{BACK}}" class="govuk-back-link">Back to the dashboard</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <span class="govuk-caption-l">Local authority {{LA}}, {{FROM}} to {{TO}}{{#FILTERED}}, only children with {{FILTER_WORDS}}{{/FILTERED}}</span>
    <h1 class="govuk-heading-l">{{TITLE}}</h1>
    <p class="govuk-body sendhub-tile__value"><strong id="value">{{VALUE}}</strong></p>
    <p class="govuk-body">Target: {{TARGET}}{{#STATUS}} <strong class="govuk-tag {{TAG}}">{{WORDS}}</strong>{{/STATUS}}. Trend by quarter: {{TREND}}.</p>
    <h2 class="govuk-heading-m">What is counted</h2>
    <p class="govuk-body">{{COUNTED}}</p>
    <p class="govuk-body">Counted from these recorded events: {{EVENTS}}.</p>
    <p class="govuk-body">Why it matters: {{WHY}}</p>
{{#RULE}}    <p class="govuk-body">Time limit: {{REGULATION}}.</p>
{{/RULE}}
    <ul class="govuk-list sendhub-no-print">
      <li><a class="govuk-link" href="{{CSV}}">Download these tables as CSV</a></li>
      <li><a class="govuk-link" href="{{XLSX}}">Download these tables as a spreadsheet (XLSX)</a></li>
    </ul>
    <p class="govuk-body-s">Downloads hide numbers from 1 to 4 as [c], to protect children's privacy.</p>
{{#TABLE}}
    <h2 class="govuk-heading-m" id="{{SLUG}}">{{CAPTION}}</h2>
    {{CHART:x-chart-svg}}
    <table class="govuk-table" id="table-{{SLUG}}">
      <caption class="govuk-table__caption govuk-table__caption--s">{{CAPTION}}: the numbers</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">{{FIRST}}</th>
{{#HEAD}}          <th scope="col" class="govuk-table__header govuk-table__header--numeric">{{TEXT}}</th>
{{/HEAD}}
{{#DRILL_HEAD}}          <th scope="col" class="govuk-table__header">Records</th>
{{/DRILL_HEAD}}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#ROW}}
        <tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">{{LABEL}}</th>
{{#CELL}}          <td class="govuk-table__cell govuk-table__cell--numeric">{{TEXT}}</td>
{{/CELL}}
{{#DRILL_CELL}}          <td class="govuk-table__cell">{{#DRILL}}<a class="govuk-link" href="{{HREF}}">See the records<span class="govuk-visually-hidden"> for {{LABEL}}</span></a>{{/DRILL}}</td>
{{/DRILL_CELL}}
        </tr>
{{/ROW}}
      </tbody>
    </table>
{{/TABLE}}
  </div>
</div>
