{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="{{BACK}}" class="govuk-back-link">Back</a>
{{>ERROR_SUMMARY}}
    <form method="post" action="/children/{{CHILD_ID}}/request-assessment/{{STEP}}" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="from_check" value="{{FROM_CHECK}}">
{{#TEXT_QUESTION}}
      <div class="govuk-form-group {{GROUP_CLASS}}">
        <h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="{{NAME}}"><span class="govuk-caption-l">Ask for an EHC needs assessment for {{CHILD_NAME}}</span>{{QUESTION}}</label></h1>
        <div id="{{NAME}}-hint" class="govuk-hint">{{HINT}}</div>
{{#ERROR}}        <p id="{{NAME}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
        <textarea class="govuk-textarea {{ERROR_CLASS}}" id="{{NAME}}" name="{{NAME}}" rows="8" aria-describedby="{{NAME}}-hint">{{VALUE}}</textarea>
      </div>
{{/TEXT_QUESTION}}
{{#AGREEMENT}}
      <div class="govuk-form-group {{GROUP_CLASS}}">
        <fieldset class="govuk-fieldset" aria-describedby="family_agreed-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><span class="govuk-caption-l">Ask for an EHC needs assessment for {{CHILD_NAME}}</span><h1 class="govuk-fieldset__heading">Does {{CHILD_NAME}}'s family know about this request and agree to it?</h1></legend>
          <div id="family_agreed-hint" class="govuk-hint">A school or setting can ask for an assessment only with the family's agreement. The council will tell the family about the request.</div>
{{#ERROR}}          <p id="family_agreed-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ERROR}}
          <div class="govuk-radios" data-module="govuk-radios">
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="family_agreed" name="family_agreed" type="radio" value="yes" {{YES}}><label class="govuk-label govuk-radios__label" for="family_agreed">Yes, they know and agree</label></div>
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="family_agreed-2" name="family_agreed" type="radio" value="no" {{NO}}><label class="govuk-label govuk-radios__label" for="family_agreed-2">No, not yet</label></div>
          </div>
        </fieldset>
      </div>
{{/AGREEMENT}}
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button">{{CONTINUE}}</button>
      </div>
    </form>
    <p class="govuk-body">Your answers are saved each time you continue. You can stop and come back to this request from {{CHILD_NAME}}'s record.</p>
  </div>
</div>
