{{%AUTOESCAPE context="HTML"}}
{{#FIELD}}
{{#IS_HIDDEN}}      <input type="hidden" name="{{NAME}}" value="{{VALUE}}">{{/IS_HIDDEN}}
{{#IS_CHOOSE}}
      <div class="govuk-form-group {{GROUP_CLASS}}">
        <fieldset class="govuk-fieldset"{{#HINT}} aria-describedby="{{NAME}}-hint"{{/HINT}}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{LEGEND}}</legend>
{{#HINT}}          <div id="{{NAME}}-hint" class="govuk-hint">{{TEXT}}</div>{{/HINT}}
{{#ERROR}}          <p id="{{NAME}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
          <div class="{{KIND_CLASS}}" data-module="{{KIND_MODULE}}">
{{#OPTION}}
            <div class="{{ITEM_CLASS}}">
              <input class="{{INPUT_CLASS}}" id="{{OPTION_ID}}" name="{{NAME}}" type="{{TYPE}}" value="{{VALUE}}" {{CHECKED}}>
              <label class="govuk-label {{LABEL_CLASS}}" for="{{OPTION_ID}}">{{LABEL}}</label>
            </div>
{{/OPTION}}
{{#NO_OPTIONS}}            <p class="govuk-body">{{TEXT}}</p>{{/NO_OPTIONS}}
          </div>
        </fieldset>
      </div>
{{/IS_CHOOSE}}

{{#IS_TEXTAREA}}
      <div class="govuk-form-group {{GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="{{NAME}}">{{LABEL}}</label>
{{#HINT}}        <div id="{{NAME}}-hint" class="govuk-hint">{{TEXT}}</div>{{/HINT}}
{{#ERROR}}        <p id="{{NAME}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
        <textarea class="govuk-textarea {{ERROR_CLASS}}" id="{{NAME}}" name="{{NAME}}" rows="{{ROWS}}"{{#HINT}} aria-describedby="{{NAME}}-hint"{{/HINT}}>{{VALUE}}</textarea>
      </div>
{{/IS_TEXTAREA}}

{{#IS_INPUT}}
      <div class="govuk-form-group {{GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="{{NAME}}">{{LABEL}}</label>
{{#HINT}}        <div id="{{NAME}}-hint" class="govuk-hint">{{TEXT}}</div>{{/HINT}}
{{#ERROR}}        <p id="{{NAME}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
        <input class="govuk-input {{WIDTH}} {{ERROR_CLASS}}" id="{{NAME}}" name="{{NAME}}" type="text" value="{{VALUE}}" {{INPUTMODE}}{{#HINT}} aria-describedby="{{NAME}}-hint"{{/HINT}}>
      </div>
{{/IS_INPUT}}

{{#IS_SELECT}}
      <div class="govuk-form-group {{GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="{{NAME}}">{{LABEL}}</label>
{{#ERROR}}        <p id="{{NAME}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
        <select class="govuk-select {{ERROR_CLASS}}" id="{{NAME}}" name="{{NAME}}">
{{#OPTION}}          <option value="{{VALUE}}" {{SELECTED}}>{{LABEL}}</option>
{{/OPTION}}
        </select>
      </div>
{{/IS_SELECT}}

{{>DATE}}
{{/FIELD}}
