{{%AUTOESCAPE context="HTML"}}
      <div class="govuk-form-group {{DISPLAY_NAME_GROUP_CLASS}}">
        <label class="govuk-label" for="display_name">Full name</label>
{{#DISPLAY_NAME_ERROR}}
        <p id="display_name-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/DISPLAY_NAME_ERROR}}
        <input class="govuk-input {{DISPLAY_NAME_INPUT_CLASS}}" id="display_name" name="display_name" type="text" autocomplete="off" spellcheck="false" value="{{DISPLAY_NAME}}">
      </div>
      <div class="govuk-form-group {{EMAIL_GROUP_CLASS}}">
        <label class="govuk-label" for="email">Email address</label>
        <div id="email-hint" class="govuk-hint">We will send the invitation link here. It works once, for 7 days.</div>
{{#EMAIL_ERROR}}
        <p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/EMAIL_ERROR}}
        <input class="govuk-input {{EMAIL_INPUT_CLASS}}" id="email" name="email" type="email" autocomplete="off" spellcheck="false" aria-describedby="email-hint" value="{{EMAIL}}">
      </div>
      <div class="govuk-form-group {{ROLE_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="role"{{#ROLE_ERROR}} aria-describedby="role-error"{{/ROLE_ERROR}}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{ROLE_QUESTION}}</legend>
{{#ROLE_ERROR}}
          <p id="role-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ROLE_ERROR}}
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
{{#ROLE_CHOICE}}
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="role-{{VALUE}}" name="role" type="radio" value="{{VALUE}}" {{CHECKED}}>
              <label class="govuk-label govuk-radios__label" for="role-{{VALUE}}">{{LABEL}}</label>
            </div>
{{/ROLE_CHOICE}}
          </div>
        </fieldset>
      </div>
