{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{#ERRORS}}
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
{{#ERROR}}
            <li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>
{{/ERROR}}
          </ul>
        </div>
      </div>
    </div>
{{/ERRORS}}
    <h1 class="govuk-heading-l">Sign in to SENDhub</h1>
    <p class="govuk-body">Use the email address you were invited with.</p>
    <form method="post" action="/sign-in" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{EMAIL_GROUP_CLASS}}">
        <label class="govuk-label" for="email">Email address</label>
{{#EMAIL_ERROR}}
        <p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/EMAIL_ERROR}}
        <input class="govuk-input {{EMAIL_INPUT_CLASS}}" id="email" name="email" type="email" spellcheck="false" autocomplete="email" value="{{EMAIL}}">
      </div>
      <div class="govuk-form-group {{PASSWORD_GROUP_CLASS}}">
        <label class="govuk-label" for="password">Password</label>
{{#PASSWORD_ERROR}}
        <p id="password-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/PASSWORD_ERROR}}
        <input class="govuk-input {{PASSWORD_INPUT_CLASS}}" id="password" name="password" type="password" autocomplete="current-password">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Sign in</button>
    </form>
    <p class="govuk-body"><a class="govuk-link" href="/forgot-password">Forgotten your password?</a></p>
    <p class="govuk-body">You cannot create an account yourself. Families and professionals are invited by the council's SEN team when they are asked to help with a child's plan.</p>
{{#DEMO}}
    <div class="govuk-inset-text">This server is in demo mode. Demo accounts are listed in the README; they all use the password <code>demo-password-change-me</code>.</div>
{{/DEMO}}
  </div>
</div>
