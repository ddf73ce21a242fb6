{{%AUTOESCAPE context="HTML"}}
      <div class="govuk-form-group {{ADVISERS_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="advisers">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{LEGEND}}</legend>
{{#ADVISERS_ERROR}}
          <p id="advisers-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ADVISERS_ERROR}}
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
{{#ADVISER}}
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="adviser-{{VALUE}}" name="advisers" type="checkbox" value="{{VALUE}}">
              <label class="govuk-label govuk-checkboxes__label" for="adviser-{{VALUE}}">{{LABEL}}</label>
            </div>
{{#PEOPLE}}
            <div class="govuk-form-group govuk-!-margin-left-8">
              <label class="govuk-label govuk-body-s" for="person_{{VALUE}}">Person to ask ({{LABEL}}), who will then see this case</label>
              <select class="govuk-select" id="person_{{VALUE}}" name="person_{{VALUE}}">
                <option value="">Nobody named yet</option>
{{#PERSON}}
                <option value="{{ID}}">{{NAME}}</option>
{{/PERSON}}
              </select>
            </div>
{{/PEOPLE}}
{{/ADVISER}}
          </div>
        </fieldset>
      </div>
