{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Reset your password</h1>
    <p class="govuk-body">We will email you a link to choose a new password.</p>
    <form method="post" action="/forgot-password" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{EMAIL_GROUP_CLASS}}">
        <label class="govuk-label" for="email">Email address</label>
{{#EMAIL_ERROR}}
        <p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/EMAIL_ERROR}}
        <input class="govuk-input {{EMAIL_INPUT_CLASS}}" id="email" name="email" type="email" spellcheck="false" autocomplete="email" value="{{EMAIL}}">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Send the link</button>
    </form>
    <p class="govuk-body"><a class="govuk-link" href="/sign-in">Back to sign in</a></p>
  </div>
</div>
