{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Set up your authenticator app</h1>
{{#REQUIRED}}
    <p class="govuk-body">SENDhub holds information about children, so staff need a security code as well as a password each time they sign in.</p>
{{/REQUIRED}}
    <ol class="govuk-list govuk-list--number">
      <li>Open an authenticator app on your phone, such as Microsoft Authenticator or Google Authenticator.</li>
      <li>Choose to add an account, then to enter a key by hand.</li>
      <li>Type this key: <strong class="sendhub-secret" id="secret">{{SECRET}}</strong></li>
      <li>Type the 6-digit code the app then shows.</li>
    </ol>
    <p class="govuk-body">On this phone or tablet, you can instead <a class="govuk-link" href="{{URI}}">open your authenticator app with the key filled in</a>.</p>
    <form method="post" action="/sign-in/set-up-two-factor" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{CODE_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--m" for="code">Code from your app</label>
{{#CODE_ERROR}}
        <p id="code-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/CODE_ERROR}}
        <input class="govuk-input govuk-input--width-5 {{CODE_INPUT_CLASS}}" id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" spellcheck="false">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Turn on security codes</button>
    </form>
  </div>
</div>
