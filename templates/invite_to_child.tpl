{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Invite someone to this record</h1>
    <p class="govuk-body">Invite a parent or carer, the young person, or a professional you are asking to help. They will see this record and nothing else.</p>
    <form method="post" action="/children/{{CHILD_ID}}/invite" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>INVITE_FIELDS}}
      <h2 class="govuk-heading-m">If you are inviting a professional</h2>
      <p class="govuk-body">Professionals see the record only for the case they are asked to help with, and only until the date you give.</p>
{{>ORGANISATION_FIELD}}
      <div class="govuk-form-group {{CASE_ID_GROUP_CLASS}}">
        <label class="govuk-label" for="case_id">Case reference</label>
{{#CASE_ID_ERROR}}
        <p id="case_id-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/CASE_ID_ERROR}}
        <input class="govuk-input govuk-input--width-20 {{CASE_ID_INPUT_CLASS}}" id="case_id" name="case_id" type="text" spellcheck="false" value="{{CASE_ID}}">
      </div>
      <div class="govuk-form-group {{INVOLVEMENT_UNTIL_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" role="group" aria-describedby="involvement_until-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Involvement ends on</legend>
          <div id="involvement_until-hint" class="govuk-hint">For example, 31 3 2027. At most 2 years from today.</div>
{{#INVOLVEMENT_UNTIL_ERROR}}
          <p id="involvement_until-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/INVOLVEMENT_UNTIL_ERROR}}
          <div class="govuk-date-input" id="involvement_until">
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="until_day">Day</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-2 {{INVOLVEMENT_UNTIL_INPUT_CLASS}}" id="until_day" name="until_day" type="text" inputmode="numeric" value="{{UNTIL_DAY}}">
            </div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="until_month">Month</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-2 {{INVOLVEMENT_UNTIL_INPUT_CLASS}}" id="until_month" name="until_month" type="text" inputmode="numeric" value="{{UNTIL_MONTH}}">
            </div></div>
            <div class="govuk-date-input__item"><div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" for="until_year">Year</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-4 {{INVOLVEMENT_UNTIL_INPUT_CLASS}}" id="until_year" name="until_year" type="text" inputmode="numeric" value="{{UNTIL_YEAR}}">
            </div></div>
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Send invitation</button>
    </form>
  </div>
</div>
