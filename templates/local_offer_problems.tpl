{{%AUTOESCAPE context="HTML"}}
<a href="/local-offer/manage" class="govuk-back-link">Back to the Local Offer dashboard</a>
<h1 class="govuk-heading-l">Problems reported</h1>
{{#NOTICE}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="notice-title" data-module="govuk-notification-banner">
  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="notice-title">Success</h2></div>
  <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">{{TEXT}}</p></div>
</div>
{{/NOTICE}}
{{#NONE}}
<p class="govuk-body">There are no open reports.</p>
{{/NONE}}
{{#REPORT}}
<div class="govuk-summary-card">
  <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title"><a class="govuk-link" href="/local-offer/manage/services/{{SERVICE_ID}}">{{SERVICE}}</a></h2></div>
  <div class="govuk-summary-card__content">
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Reported</dt><dd class="govuk-summary-list__value">{{WHEN}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">What is wrong</dt><dd class="govuk-summary-list__value">{{WHAT}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Details</dt><dd class="govuk-summary-list__value">{{DETAILS}}</dd></div>
{{#REPLY}}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Reply to</dt><dd class="govuk-summary-list__value">{{ADDRESS}}</dd></div>
{{/REPLY}}
    </dl>
    <form method="post" action="/local-offer/manage/problems/{{ID}}/close">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Close report<span class="govuk-visually-hidden"> about {{SERVICE}}</span></button>
    </form>
  </div>
</div>
{{/REPORT}}
