{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{#TWO_FACTOR_TURNED_ON}}
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="on-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="on-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Security codes are on. You will be asked for one each time you sign in.</p></div>
    </div>
{{/TWO_FACTOR_TURNED_ON}}
    <h1 class="govuk-heading-l">Your account</h1>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Name</dt><dd class="govuk-summary-list__value">{{NAME}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Role</dt><dd class="govuk-summary-list__value">{{ROLE}}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Security codes</dt><dd class="govuk-summary-list__value">{{#TWO_FACTOR_ON}}On{{/TWO_FACTOR_ON}}{{#TWO_FACTOR_OFF}}Off{{/TWO_FACTOR_OFF}}</dd></div>
    </dl>
{{#TWO_FACTOR_OFF}}
    <h2 class="govuk-heading-m">Protect your account with security codes</h2>
    <p class="govuk-body">You can choose to enter a code from an app on your phone each time you sign in, as well as your password. Then nobody can sign in as you with your password alone.</p>
    <p class="govuk-body"><a class="govuk-link" href="/sign-in/set-up-two-factor">Set up security codes</a></p>
{{/TWO_FACTOR_OFF}}
    <h2 class="govuk-heading-m">More</h2>
    <ul class="govuk-list">
      <li><a class="govuk-link" href="/account/sessions">Where you are signed in</a></li>
      <li><a class="govuk-link" href="/forgot-password">Change your password</a> (we email you a link)</li>
{{#MANAGES_PEOPLE}}
      <li><a class="govuk-link" href="/people">People and roles</a></li>
      <li><a class="govuk-link" href="/account/api-tokens">API tokens for other systems</a></li>
      <li><a class="govuk-link" href="/audit">Audit trail</a></li>
{{/MANAGES_PEOPLE}}
    </ul>
  </div>
</div>
