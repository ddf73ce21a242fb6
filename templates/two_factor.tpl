{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <form method="post" action="/sign-in/two-factor" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{CODE_GROUP_CLASS}}">
        <h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="code">Enter your security code</label></h1>
        <div id="code-hint" class="govuk-hint">Open the authenticator app on your phone and type the 6-digit code it shows for SENDhub.</div>
{{#CODE_ERROR}}
        <p id="code-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/CODE_ERROR}}
        <input class="govuk-input govuk-input--width-5 {{CODE_INPUT_CLASS}}" id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" spellcheck="false" aria-describedby="code-hint">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
    </form>
    <p class="govuk-body">If you have lost your phone, ask your SENDhub administrator to reset your authenticator app.</p>
  </div>
</div>
