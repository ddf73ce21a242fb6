{{%AUTOESCAPE context="HTML"}}
<a href="{{BACK}}" class="govuk-back-link">Back to the figure</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <span class="govuk-caption-l">{{PERIOD}}</span>
    <h1 class="govuk-heading-l">Records behind: {{TITLE}}</h1>
    <p class="govuk-body">{{TOTAL}} records are counted in this figure. Opening this list is recorded in each child's access log.</p>
{{#CUT}}    <p class="govuk-body">The first {{SHOWN}} are shown.</p>
{{/CUT}}
{{#EMPTY}}    <p class="govuk-body">No records are counted in this figure.</p>
{{/EMPTY}}
    <table class="govuk-table" id="cases">
      <caption class="govuk-table__caption govuk-table__caption--m">Children and cases</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Child or young person</th>
          <th scope="col" class="govuk-table__header">Case</th>
{{#COUNTED_HEAD}}          <th scope="col" class="govuk-table__header">In the count</th>
{{/COUNTED_HEAD}}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#ROW}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell"><a class="govuk-link" href="/children/{{CHILD_ID}}">{{CHILD}}</a></td>
          <td class="govuk-table__cell">{{#CASE}}<a class="govuk-link" href="/cases/{{CASE_ID}}">Open the case<span class="govuk-visually-hidden"> for {{CHILD}}</span></a>{{/CASE}}</td>
{{#COUNTED}}          <td class="govuk-table__cell">{{TEXT}}</td>
{{/COUNTED}}
        </tr>
{{/ROW}}
      </tbody>
    </table>
  </div>
</div>
