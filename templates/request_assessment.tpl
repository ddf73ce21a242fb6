{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Ask for an EHC needs assessment</h1>
    <p class="govuk-body">An education, health and care (EHC) needs assessment looks at what support {{CHILD_NAME}} needs. The council must tell you within 6 weeks whether it will carry one out. If it does, and decides a plan is needed, the final plan is due within 20 weeks of your request.</p>
    <p class="govuk-body">You do not need a diagnosis or a report from the school to ask. SENDIASS can help you, free and in confidence.</p>
    <form method="post" action="/children/{{CHILD_ID}}/request-assessment" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{REASON_GROUP_CLASS}}">
        <h2 class="govuk-label-wrapper"><label class="govuk-label govuk-label--m" for="reason">Why are you asking?</label></h2>
        <div id="reason-hint" class="govuk-hint">In your own words: what {{CHILD_NAME}} finds hard, what has been tried, and what worries you.</div>
{{#REASON_ERROR}}
        <p id="reason-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/REASON_ERROR}}
        <textarea class="govuk-textarea {{REASON_INPUT_CLASS}}" id="reason" name="reason" rows="8" aria-describedby="reason-hint">{{REASON}}</textarea>
      </div>
{{#SCHOOL}}
      <div class="govuk-form-group {{FAMILY_AGREED_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="family_agreed">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">The family's agreement</legend>
{{#FAMILY_AGREED_ERROR}}
          <p id="family_agreed-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/FAMILY_AGREED_ERROR}}
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="family_agreed-yes" name="family_agreed" type="checkbox" value="yes" {{AGREED_CHECKED}}>
              <label class="govuk-label govuk-checkboxes__label" for="family_agreed-yes">The family knows about this request and agrees to it</label>
            </div>
          </div>
        </fieldset>
      </div>
{{/SCHOOL}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Send request</button>
    </form>
  </div>
</div>
