{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">History of changes</h1>
{{#NONE}}
    <p class="govuk-body">No details have been recorded yet.</p>
{{/NONE}}
{{#HAS_VERSIONS}}
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">Every version of the record details</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Version</th>
        <th scope="col" class="govuk-table__header">When (UTC)</th>
        <th scope="col" class="govuk-table__header">Who</th>
        <th scope="col" class="govuk-table__header">What changed</th>
      </tr></thead>
      <tbody class="govuk-table__body">
{{#VERSION}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">{{NUMBER}}</td>
          <td class="govuk-table__cell">{{WHEN}}</td>
          <td class="govuk-table__cell">{{WHO}}</td>
          <td class="govuk-table__cell">{{WHAT}}</td>
        </tr>
{{/VERSION}}
      </tbody>
    </table>
{{/HAS_VERSIONS}}
    <p class="govuk-body"><a class="govuk-link" href="/children/{{CHILD_ID}}">Back to the record</a></p>
  </div>
</div>
