{{%AUTOESCAPE context="HTML"}}
      <div class="govuk-form-group {{GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" role="group" aria-describedby="{{NAME}}-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{LEGEND}}</legend>
          <div id="{{NAME}}-hint" class="govuk-hint">{{HINT}}</div>
{{#ERROR}}
          <p id="{{NAME}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ERROR}}
          <div class="govuk-date-input" id="{{NAME}}">
            <div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="{{NAME}}_day">Day</label><input class="govuk-input govuk-date-input__input govuk-input--width-2 {{INPUT_CLASS}}" id="{{NAME}}_day" name="{{NAME}}_day" type="text" inputmode="numeric" value="{{DAY}}"></div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="{{NAME}}_month">Month</label><input class="govuk-input govuk-date-input__input govuk-input--width-2 {{INPUT_CLASS}}" id="{{NAME}}_month" name="{{NAME}}_month" type="text" inputmode="numeric" value="{{MONTH}}"></div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="{{NAME}}_year">Year</label><input class="govuk-input govuk-date-input__input govuk-input--width-4 {{INPUT_CLASS}}" id="{{NAME}}_year" name="{{NAME}}_year" type="text" inputmode="numeric" value="{{YEAR}}"></div></div>
          </div>
        </fieldset>
      </div>
