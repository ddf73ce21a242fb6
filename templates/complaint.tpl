{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="/children/{{CHILD_ID}}#complaints" class="govuk-back-link">Back to the record</a>
{{>ERROR_SUMMARY}}
{{#MADE}}
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="made-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="made-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The complaint has been sent to the SEN team.</p></div>
    </div>
{{/MADE}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Complaint</h1>
    <dl class="govuk-summary-list" id="complaint">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">About</dt><dd class="govuk-summary-list__value">{{TOPIC}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Made by</dt><dd class="govuk-summary-list__value">{{MADE_BY}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Received</dt><dd class="govuk-summary-list__value">{{RECEIVED_ON}}</dd></div>
{{#ABOUT_CASE}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">About the case</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="/cases/{{CASE_ID}}">Open the case</a></dd></div>
{{/ABOUT_CASE}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">What happened</dt><dd class="govuk-summary-list__value sendhub-plan__text">{{SUMMARY}}</dd></div>
{{#ANSWERED}}      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Outcome</dt><dd class="govuk-summary-list__value">{{OUTCOME}}, replied {{RESPONDED_ON}} ({{DAYS}} days after it was received)</dd></div>
{{/ANSWERED}}
    </dl>
{{#WAITING}}
    <div class="govuk-inset-text">The SEN team has not recorded its reply yet. If you do not hear back, or you are not happy with the reply, you can ask the council to look at it again and then go to the Local Government and Social Care Ombudsman.</div>
{{/WAITING}}
{{#RESPONSE_FORM}}
    <h2 class="govuk-heading-m">Record the council's reply</h2>
    <form method="post" action="/complaints/{{ID}}/response" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>FORM_FIELDS}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Record the reply</button>
    </form>
{{/RESPONSE_FORM}}
  </div>
</div>
