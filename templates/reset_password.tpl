{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <h1 class="govuk-heading-l">Choose a new password</h1>
    <form method="post" action="/reset-password" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="token" value="{{TOKEN}}">
{{>PASSWORD_FIELDS}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Change password</button>
    </form>
  </div>
</div>
