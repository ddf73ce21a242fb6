{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Record a disagreement</h1>
    <p class="govuk-body">Record it when the family or young person tells you they disagree with a decision they can appeal. Its clock starts from the decision letter: contacting the mediation adviser, mediation, the certificate and the last day to appeal.</p>
{{#NO_DECISIONS}}
    <p class="govuk-body">There is no decision in this case that can be appealed yet.</p>
    <p class="govuk-body"><a class="govuk-link" href="/cases/{{CASE_ID}}">Back to the case</a></p>
{{/NO_DECISIONS}}
{{#FORM}}
    <form method="post" action="/disagreements" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="case_id" value="{{CASE_ID}}">
      <div class="govuk-form-group {{DECISION_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="decision">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Which decision do they disagree with?</legend>
{{#DECISION_ERROR}}
          <p id="decision-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/DECISION_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios">
{{#DECISION}}
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="decision-{{INDEX}}" name="decision" type="radio" value="{{VALUE}}" {{CHECKED}}><label class="govuk-label govuk-radios__label" for="decision-{{INDEX}}">{{LABEL}}</label></div>
{{/DECISION}}
          </div>
        </fieldset>
      </div>
      <div class="govuk-form-group {{RAISED_BY_GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" id="raised_by">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Who disagrees?</legend>
{{#RAISED_BY_ERROR}}
          <p id="raised_by-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/RAISED_BY_ERROR}}
          <div class="govuk-radios" data-module="govuk-radios">
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="raised_by-parent" name="raised_by" type="radio" value="parent" {{PARENT_CHECKED}}><label class="govuk-label govuk-radios__label" for="raised_by-parent">The parent or carer</label></div>
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="raised_by-young_person" name="raised_by" type="radio" value="young_person" {{YOUNG_PERSON_CHECKED}}><label class="govuk-label govuk-radios__label" for="raised_by-young_person">The young person (16 or over)</label></div>
          </div>
        </fieldset>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Record the disagreement</button>
    </form>
{{/FORM}}
  </div>
</div>
