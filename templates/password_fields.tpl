{{%AUTOESCAPE context="HTML"}}
      <div class="govuk-form-group {{PASSWORD_GROUP_CLASS}}">
        <label class="govuk-label" for="password">New password</label>
        <div id="password-hint" class="govuk-hint">At least 12 characters. A few unrelated words together are easy to remember and hard to guess.</div>
{{#PASSWORD_ERROR}}
        <p id="password-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/PASSWORD_ERROR}}
        <input class="govuk-input {{PASSWORD_INPUT_CLASS}}" id="password" name="password" type="password" autocomplete="new-password" aria-describedby="password-hint">
      </div>
      <div class="govuk-form-group {{PASSWORD_CONFIRM_GROUP_CLASS}}">
        <label class="govuk-label" for="password_confirm">Type the new password again</label>
{{#PASSWORD_CONFIRM_ERROR}}
        <p id="password_confirm-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/PASSWORD_CONFIRM_ERROR}}
        <input class="govuk-input {{PASSWORD_CONFIRM_INPUT_CLASS}}" id="password_confirm" name="password_confirm" type="password" autocomplete="new-password">
      </div>
