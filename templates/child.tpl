{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{#DETAILS_SAVED}}
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="details-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="details-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The record details have been saved.</p></div>
    </div>
{{/DETAILS_SAVED}}
{{#VIEWS_SAVED}}
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Your views have been saved.</p></div>
    </div>
{{/VIEWS_SAVED}}
    <span class="govuk-caption-l">Child's record</span>
    <h1 class="govuk-heading-l">{{NAME}}</h1>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Date of birth</dt><dd class="govuk-summary-list__value">{{DATE_OF_BIRTH}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">School or setting</dt><dd class="govuk-summary-list__value">{{SETTING}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Who makes decisions</dt><dd class="govuk-summary-list__value">{{DECISIONS}}</dd></div>
{{#DETAIL}}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{LABEL}}</dt><dd class="govuk-summary-list__value">{{VALUE}}</dd></div>
{{/DETAIL}}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Local authority</dt><dd class="govuk-summary-list__value">{{LA}}</dd></div>
    </dl>
{{#CAN_EDIT_DETAILS}}
    <p class="govuk-body"><a class="govuk-link" href="/children/{{ID}}/details">Change record details</a></p>
{{/CAN_EDIT_DETAILS}}
{{#HAS_DETAIL_HISTORY}}
    <p class="govuk-body"><a class="govuk-link" href="/children/{{ID}}/details/history">History of changes</a></p>
{{/HAS_DETAIL_HISTORY}}
    <h2 class="govuk-heading-m">Education, health and care</h2>
{{#HAS_CASES}}
    <ul class="govuk-list" id="cases">
{{#CASE}}
      <li><a class="govuk-link" href="/cases/{{CASE_ID}}">{{WHAT}}</a>, started {{OPENED}} ({{STATE}})</li>
{{/CASE}}
    </ul>
{{/HAS_CASES}}
{{#FAMILY}}
    <p class="govuk-body"><a class="govuk-link" href="/children/{{ID}}/views">Your views and your child's views</a> (for the start of every plan)</p>
{{/FAMILY}}
{{#CAN_REQUEST}}
{{#SAVED}}    <p class="govuk-body">You started a request and saved it on {{ON}}. Your answers are kept.</p>{{/SAVED}}
    <p class="govuk-body"><a class="govuk-button" href="/children/{{ID}}/request-assessment" role="button" draggable="false" data-module="govuk-button">{{ASK}}</a></p>
{{/CAN_REQUEST}}
{{#COMPLAINTS}}
    <h2 class="govuk-heading-m" id="complaints">Complaints</h2>
{{#NONE}}    <p class="govuk-body">No complaints have been made.</p>
{{/NONE}}
    <ul class="govuk-list">
{{#COMPLAINT}}
      <li><a class="govuk-link" href="/complaints/{{ID}}">{{TOPIC}}</a>, received {{RECEIVED_ON}} ({{STATE}})</li>
{{/COMPLAINT}}
    </ul>
    <p class="govuk-body"><a class="govuk-link" href="/children/{{CHILD_ID}}/complaints/new">{{ASK}}</a></p>
{{/COMPLAINTS}}
    <p class="govuk-body">Every time someone opens this record it is written in the audit trail.</p>
{{#CAN_SEE_ACCESS_LOG}}
    <p class="govuk-body"><a class="govuk-link" href="/children/{{ID}}/who-looked">See who has looked at this record</a></p>
{{/CAN_SEE_ACCESS_LOG}}
{{#CAN_MOVE}}
    <p class="govuk-body"><a class="govuk-link" href="/children/{{ID}}/move">Record a move to another council</a></p>
{{/CAN_MOVE}}
{{#CAN_INVITE}}
    <p class="govuk-body"><a class="govuk-link" href="/children/{{ID}}/invite">Invite someone to this record</a></p>
{{/CAN_INVITE}}
  </div>
</div>
