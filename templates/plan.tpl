{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-full">
    <a href="/cases/{{CASE_ID}}" class="govuk-back-link sendhub-no-print">Back to the case</a>
{{>ERROR_SUMMARY}}
{{#CONFLICT}}
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert"><h2 class="govuk-error-summary__title">Your change was not saved</h2>
        <div class="govuk-error-summary__body"><p class="govuk-body">{{MESSAGE}}</p></div></div>
    </div>
{{/CONFLICT}}
{{#SAVED}}
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">{{MESSAGE}}</p></div>
    </div>
{{/SAVED}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-xl">The EHC plan</h1>
    <p class="govuk-body-l">{{STATUS}}</p>
{{#NOT_STARTED}}
    <p class="govuk-body">The council has not started writing the plan yet.</p>
{{#START}}
    <form method="post" action="/cases/{{CASE_ID}}/plan/start" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <p class="govuk-body">Starting the plan brings in what the record already holds: the child's details, the family's views for section A and the advice received so far for section K.</p>
      <button type="submit" class="govuk-button" data-module="govuk-button">Start writing the plan</button>
    </form>
{{/START}}
{{/NOT_STARTED}}
{{#NOT_SENT}}
    <p class="govuk-body">The plan has not been sent to you yet. You will get an email when the draft is ready for your comments.</p>
{{/NOT_SENT}}
{{#READINESS}}
    <div class="govuk-inset-text sendhub-no-print" id="readiness">
{{#MUST_FIX}}
      <h2 class="govuk-heading-m">Before the plan can be sent</h2>
      <ul class="govuk-list govuk-list--bullet">
{{#GAP}}        <li><a class="govuk-link" href="#section-{{ANCHOR}}">{{MESSAGE}}</a></li>
{{/GAP}}
      </ul>
{{/MUST_FIX}}
{{#READY}}      <p class="govuk-body"><strong>The plan is ready to send{{WHAT}}.</strong> Send it from the <a class="govuk-link" href="/cases/{{CASE_ID}}#actions">case page</a>.</p>{{/READY}}
{{#SHOULD_FIX}}
      <h2 class="govuk-heading-s">Worth looking at</h2>
      <ul class="govuk-list govuk-list--bullet">
{{#GAP}}        <li><a class="govuk-link" href="#section-{{ANCHOR}}">{{MESSAGE}}</a></li>
{{/GAP}}
      </ul>
{{/SHOULD_FIX}}
{{#REFRESH}}
      <form method="post" action="/cases/{{CASE_ID}}/plan/refresh" novalidate>
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="locks" value="{{LOCKS}}">
        <p class="govuk-body">{{WAITING}}</p>
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Bring in the newest views and advice</button>
      </form>
{{/REFRESH}}
    </div>
{{/READINESS}}
{{#VERSIONS}}
    <h2 class="govuk-heading-m sendhub-no-print">Versions sent to the family</h2>
    <table class="govuk-table sendhub-no-print">
      <caption class="govuk-table__caption govuk-visually-hidden">Versions of the plan</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Version</th><th scope="col" class="govuk-table__header">What it was</th>
        <th scope="col" class="govuk-table__header">Date</th><th scope="col" class="govuk-table__header">Sent by</th>
        <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Links</span></th></tr></thead>
      <tbody class="govuk-table__body">
{{#VERSION}}
        <tr class="govuk-table__row"><td class="govuk-table__cell">{{NUMBER}}</td><td class="govuk-table__cell">{{WHAT}}</td>
          <td class="govuk-table__cell">{{DATE}}</td><td class="govuk-table__cell">{{BY}}</td>
          <td class="govuk-table__cell"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan?version={{NUMBER}}">Read<span class="govuk-visually-hidden"> version {{NUMBER}}</span></a>{{#CHANGES}} · <a class="govuk-link" href="/cases/{{CASE_ID}}/plan/versions/{{NUMBER}}/changes">What changed<span class="govuk-visually-hidden"> in version {{NUMBER}}</span></a>{{/CHANGES}}</td></tr>
{{/VERSION}}
      </tbody>
    </table>
{{/VERSIONS}}
{{#SHOWING}}
    <p class="govuk-body sendhub-no-print"><a class="govuk-link" href="/cases/{{CASE_ID}}/plan/print{{QUERY}}">Print this plan</a>{{#JSON}} · <a class="govuk-link" href="/cases/{{CASE_ID}}/plan/download{{QUERY}}">Download it as a data file (sendhub-plan/1 JSON)</a>{{/JSON}}</p>
{{/SHOWING}}
{{>PLAN_DOCUMENT}}
  </div>
</div>
