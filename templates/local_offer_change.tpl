{{%AUTOESCAPE context="HTML"}}
<a href="/local-offer/manage" class="govuk-back-link">Back to the Local Offer dashboard</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">Proposed by {{BY}} on {{WHEN}}</span>
    <h1 class="govuk-heading-l">Change to {{SERVICE}}</h1>
    <p class="govuk-body"><a class="govuk-link" href="/local-offer/services/{{SERVICE_ID}}">The entry as families see it now</a></p>
{{#CONFLICT}}
    <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> {{FIELD}} has changed since this was proposed.</strong></div>
{{/CONFLICT}}
    <table class="govuk-table" id="changes">
      <caption class="govuk-table__caption govuk-table__caption--m">What would change</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Field</th><th scope="col" class="govuk-table__header">Now</th><th scope="col" class="govuk-table__header">Proposed</th></tr></thead>
      <tbody class="govuk-table__body">
{{#FIELD}}
        <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">{{LABEL}}</th><td class="govuk-table__cell">{{BEFORE}}</td><td class="govuk-table__cell">{{AFTER}}</td></tr>
{{/FIELD}}
      </tbody>
    </table>
{{#DECIDE}}
    <form method="post" action="/local-offer/manage/changes/{{ID}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{DECISION_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Publish this change?</legend>
{{#DECISION_ERROR}}<p id="decision-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DECISION_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios" id="decision">
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="decision-approve" name="decision" type="radio" value="approve"><label class="govuk-label govuk-radios__label" for="decision-approve">Yes, publish it</label></div>
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="decision-turn_down" name="decision" type="radio" value="turn_down"><label class="govuk-label govuk-radios__label" for="decision-turn_down">No, turn it down</label></div>
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group {{NOTE_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--s" for="note">Note for the provider</label>
        <div id="note-hint" class="govuk-hint">Needed when you turn a change down. They get it by email.</div>
{{#NOTE_ERROR}}<p id="note-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NOTE_ERROR}}
        <textarea class="govuk-textarea" id="note" name="note" rows="3" aria-describedby="note-hint">{{NOTE}}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Save decision</button>
    </form>
{{/DECIDE}}
  </div>
</div>
