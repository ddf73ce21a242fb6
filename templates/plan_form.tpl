{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="/cases/{{CASE_ID}}/plan#section-{{ANCHOR}}" class="govuk-back-link">Back to the plan</a>
{{>ERROR_SUMMARY}}
{{#CONFLICT}}
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert"><h2 class="govuk-error-summary__title">Your change was not saved</h2>
        <div class="govuk-error-summary__body"><p class="govuk-body">{{MESSAGE}}</p></div></div>
    </div>
    <div class="govuk-inset-text"><h2 class="govuk-heading-s">Section {{SECTION}} as it is saved now</h2>
{{#SAVED_ITEM}}      <p class="govuk-body sendhub-plan__text"><strong>{{ID}}</strong>: {{TEXT}}</p>
{{/SAVED_ITEM}}
{{#SAVED_NOTHING}}      <p class="govuk-body">Nothing yet.</p>{{/SAVED_NOTHING}}
    </div>
{{/CONFLICT}}
    <span class="govuk-caption-l">{{CHILD_NAME}}: section {{SECTION}}</span>
    <h1 class="govuk-heading-l">{{HEADING}}</h1>
    <form method="post" action="/cases/{{CASE_ID}}/plan/edit/{{FORM}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="locks" value="{{LOCKS}}">
      <input type="hidden" name="item" value="{{ITEM}}">

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
      <button type="submit" class="govuk-button" data-module="govuk-button">Save</button>
    </form>
  </div>
</div>
