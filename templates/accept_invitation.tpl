{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Accept your invitation</h1>
    <p class="govuk-body">{{FROM}} has invited you to SENDhub as: <strong>{{ROLE}}</strong>.</p>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Name</dt><dd class="govuk-summary-list__value">{{NAME}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Email address</dt><dd class="govuk-summary-list__value">{{EMAIL}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Invitation ends</dt><dd class="govuk-summary-list__value">{{EXPIRES}}</dd></div>
    </dl>
    <p class="govuk-body">If your name is wrong, accept the invitation and tell the person who invited you. Choose a password to finish.</p>
{{#NEEDS_TWO_FACTOR}}
    <p class="govuk-body">Next you will set up an authenticator app on your phone, because staff need a security code each time they sign in.</p>
{{/NEEDS_TWO_FACTOR}}
    <form method="post" action="/invitations/accept" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="token" value="{{TOKEN}}">
{{>PASSWORD_FIELDS}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Accept and create account</button>
    </form>
  </div>
</div>
