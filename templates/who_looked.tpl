{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <span class="govuk-caption-l">{{NAME}}</span>
    <h1 class="govuk-heading-l">Who has looked at this record</h1>
    <p class="govuk-body">Every time someone opens or lists this record, SENDhub writes it down. This list shows each time, newest first, and what the person's job is. If anything here worries you, contact your council's special educational needs team.</p>
{{#NONE}}
    <p class="govuk-body">Nobody has looked at this record yet.</p>
{{/NONE}}
{{#HAS_ENTRIES}}
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">Times the record was looked at</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">When (UTC)</th>
          <th scope="col" class="govuk-table__header">Who</th>
          <th scope="col" class="govuk-table__header">What happened</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#ENTRY}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">{{WHEN}}</td>
          <td class="govuk-table__cell">{{WHO}}</td>
          <td class="govuk-table__cell">{{WHAT}}</td>
        </tr>
{{/ENTRY}}
      </tbody>
    </table>
{{/HAS_ENTRIES}}
    <p class="govuk-body"><a class="govuk-link" href="/children/{{ID}}">Back to the record</a></p>
  </div>
</div>
