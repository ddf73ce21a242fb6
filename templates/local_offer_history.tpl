{{%AUTOESCAPE context="HTML"}}
<a href="/local-offer/manage/services/{{ID}}" class="govuk-back-link">Back to the entry</a>
<h1 class="govuk-heading-l">Changes to {{NAME}}</h1>
<table class="govuk-table" id="history">
  <caption class="govuk-table__caption govuk-visually-hidden">Every change to this entry, newest first</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">When (UTC)</th><th scope="col" class="govuk-table__header">What</th>
    <th scope="col" class="govuk-table__header">Field</th><th scope="col" class="govuk-table__header">Before</th>
    <th scope="col" class="govuk-table__header">After</th><th scope="col" class="govuk-table__header">By</th>
  </tr></thead>
  <tbody class="govuk-table__body">
{{#CHANGE}}
    <tr class="govuk-table__row"><td class="govuk-table__cell">{{WHEN}}</td><td class="govuk-table__cell">{{WHAT}}</td><td class="govuk-table__cell">{{FIELD}}</td><td class="govuk-table__cell">{{BEFORE}}</td><td class="govuk-table__cell">{{AFTER}}</td><td class="govuk-table__cell">{{BY}}</td></tr>
{{/CHANGE}}
  </tbody>
</table>
