{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Arrange the annual review</h1>
    <form method="post" action="/reviews" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="plan_id" value="{{PLAN_ID}}">
{{>MEETING_ON}}
      <div class="govuk-form-group {{WHERE_GROUP_CLASS}}">
        <label class="govuk-label" for="where">Where the meeting is</label>
        <div id="where-hint" class="govuk-hint">For example, the school's meeting room, or online.</div>
{{#WHERE_ERROR}}
        <p id="where-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/WHERE_ERROR}}
        <input class="govuk-input {{WHERE_INPUT_CLASS}}" id="where" name="where" type="text" value="{{WHERE}}" aria-describedby="where-hint">
      </div>
      <div class="govuk-form-group {{INVITED_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="invited" aria-describedby="invited-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who is invited</legend>
          <div id="invited-hint" class="govuk-hint">The law says the family, the council, health and social care must be invited. Each gets an invitation today.</div>
{{#INVITED_ERROR}}
          <p id="invited-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/INVITED_ERROR}}
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
{{#INVITEE}}
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="invited-{{VALUE}}" name="invited" type="checkbox" value="{{VALUE}}" {{CHECKED}}>
              <label class="govuk-label govuk-checkboxes__label" for="invited-{{VALUE}}">{{LABEL}}</label>
            </div>
{{/INVITEE}}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Arrange the review and send the invitations</button>
    </form>
  </div>
</div>
