{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l"><a class="govuk-link" href="/children/{{CHILD_ID}}">{{CHILD_NAME}}</a>: moving to another council</span>
    <h1 class="govuk-heading-l">{{STAGE}}</h1>
    <div class="govuk-inset-text">
      <p class="govuk-body">{{WHERE_NOW}}</p>
      <p class="govuk-body"><strong>What happens next:</strong> {{NEXT_STEP}}</p>
    </div>
    <dl class="govuk-summary-list" id="transfer-details">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">From</dt><dd class="govuk-summary-list__value">{{FROM}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">To</dt><dd class="govuk-summary-list__value">{{TO}}</dd></div>
    </dl>
{{#HAS_YOU_CAN}}
    <h2 class="govuk-heading-m">What you can do now</h2>
    <ul class="govuk-list govuk-list--bullet">
{{#YOU_CAN}}
      <li>{{TEXT}}</li>
{{/YOU_CAN}}
    </ul>
{{/HAS_YOU_CAN}}
  </div>
</div>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <table class="govuk-table" id="timeline">
      <caption class="govuk-table__caption govuk-table__caption--m">Statutory timeline</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Step</th>
          <th scope="col" class="govuk-table__header">Due by</th>
          <th scope="col" class="govuk-table__header">Done</th>
          <th scope="col" class="govuk-table__header">Status</th>
          <th scope="col" class="govuk-table__header">The law</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
{{#MILESTONE}}
        <tr class="govuk-table__row">
          <td class="govuk-table__cell">{{WHAT}}</td>
          <td class="govuk-table__cell">{{DUE}}</td>
          <td class="govuk-table__cell">{{DONE}}</td>
          <td class="govuk-table__cell"><strong class="govuk-tag {{TAG}}">{{STATUS}}</strong></td>
          <td class="govuk-table__cell">{{RULE}}</td>
        </tr>
{{/MILESTONE}}
      </tbody>
    </table>
  </div>
</div>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{#PASS_FORM}}
    <h2 class="govuk-heading-m">Pass the plan to {{TO}}</h2>
    <p class="govuk-body">The record, the plan and the open cases go to {{TO}} with their history.</p>
    <form method="post" action="/transfers/{{CASE_ID}}/passed-on" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>FORM_FIELDS}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Pass the plan on</button>
    </form>
{{/PASS_FORM}}
{{#TOLD_FORM}}
    <h2 class="govuk-heading-m">Record that you told the family</h2>
    <p class="govuk-body">That {{TO}} has the plan, and whether it will review it or carry out a new assessment.</p>
    <form method="post" action="/transfers/{{CASE_ID}}/family-told" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>FORM_FIELDS}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Record it</button>
    </form>
{{/TOLD_FORM}}
  </div>
</div>
