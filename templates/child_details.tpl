{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
{{#NEWER}}
    <div class="govuk-notification-banner" role="region" aria-labelledby="newer-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="newer-title">Important</h2></div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{{BY}} changed this record at {{AT}} UTC, after you opened it. Nothing has been lost: your changes are below, not yet saved.</p>
        <p class="govuk-body">Their version differs from yours in: {{FIELDS}}. Check, then save again to keep your version.</p>
      </div>
    </div>
{{/NEWER}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Change record details</h1>
    <p class="govuk-body">Everyone who works with {{CHILD_NAME}} uses these details, so they are typed once. Leave anything you do not know empty.</p>
    <form method="post" action="/children/{{CHILD_ID}}/details" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="version" value="{{VERSION}}">
{{#TEXT_FIELD}}
      <div class="govuk-form-group {{GROUP_CLASS}}">
        <label class="govuk-label" for="{{NAME}}">{{LABEL}}</label>
{{#HINT}}
        <div id="{{NAME}}-hint" class="govuk-hint">{{TEXT}}</div>
{{/HINT}}
{{#ERROR}}
        <p id="{{NAME}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ERROR}}
        <input class="govuk-input {{WIDTH}} {{INPUT_CLASS}}" id="{{NAME}}" name="{{NAME}}" type="text" spellcheck="false" value="{{VALUE}}">
      </div>
{{/TEXT_FIELD}}
{{#SELECT_FIELD}}
      <div class="govuk-form-group {{GROUP_CLASS}}">
        <label class="govuk-label" for="{{NAME}}">{{LABEL}}</label>
{{#ERROR}}
        <p id="{{NAME}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ERROR}}
        <select class="govuk-select" id="{{NAME}}" name="{{NAME}}">
          <option value="">Not known</option>
{{#OPTION}}
          <option value="{{CODE}}" {{SELECTED}}>{{MEANING}}</option>
{{/OPTION}}
        </select>
      </div>
{{/SELECT_FIELD}}
      <div class="govuk-form-group">
        <label class="govuk-label" for="communication_needs">Communication needs</label>
        <div id="communication_needs-hint" class="govuk-hint">How best to communicate with the child and family, for example an interpreter, Makaton or easy read.</div>
        <textarea class="govuk-textarea" id="communication_needs" name="communication_needs" rows="3" aria-describedby="communication_needs-hint">{{COMMUNICATION_NEEDS}}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Save details</button>
    </form>
    <p class="govuk-body"><a class="govuk-link" href="/children/{{CHILD_ID}}/details/history">History of changes</a></p>
  </div>
</div>
