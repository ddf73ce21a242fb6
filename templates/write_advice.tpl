{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Write your advice</h1>
    <p class="govuk-body">Your advice goes to the council's SEN team and the family, and can be used word for word in the plan. Please write plainly: families read it.</p>
    <form method="post" action="/cases/{{CASE_ID}}/advice" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <div class="govuk-form-group {{NEEDS_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--m" for="needs">Needs you have seen</label>
{{#NEEDS_ERROR}}
        <p id="needs-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/NEEDS_ERROR}}
        <textarea class="govuk-textarea {{NEEDS_INPUT_CLASS}}" id="needs" name="needs" rows="6">{{NEEDS}}</textarea>
      </div>
      <h2 class="govuk-heading-m">Recommended provision</h2>
      <p class="govuk-body">Be specific: what, who gives it, how often and for how long. Leave a row empty if you need fewer.</p>
{{#PROVISION}}
      <div class="govuk-form-group {{GROUP_CLASS}}" id="provision_{{N}}">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Provision {{N}}</legend>
{{#ROW_ERROR}}
          <p id="provision_{{N}}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ROW_ERROR}}
          <div class="govuk-form-group"><label class="govuk-label" for="provision_{{N}}_what">What</label><input class="govuk-input" id="provision_{{N}}_what" name="provision_{{N}}_what" type="text" value="{{WHAT}}"></div>
          <div class="govuk-form-group"><label class="govuk-label" for="provision_{{N}}_who">Who gives it</label><input class="govuk-input govuk-!-width-two-thirds" id="provision_{{N}}_who" name="provision_{{N}}_who" type="text" value="{{WHO}}"></div>
          <div class="govuk-form-group"><label class="govuk-label" for="provision_{{N}}_how_often">How often</label><input class="govuk-input govuk-!-width-one-half" id="provision_{{N}}_how_often" name="provision_{{N}}_how_often" type="text" value="{{HOW_OFTEN}}"></div>
          <div class="govuk-form-group"><label class="govuk-label" for="provision_{{N}}_how_long">For how long</label><input class="govuk-input govuk-!-width-one-half" id="provision_{{N}}_how_long" name="provision_{{N}}_how_long" type="text" value="{{HOW_LONG}}"></div>
        </fieldset>
      </div>
{{/PROVISION}}
      <div class="govuk-form-group {{OUTCOMES_GROUP_CLASS}}">
        <label class="govuk-label govuk-label--m" for="outcomes">Outcomes you suggest</label>
        <div id="outcomes-hint" class="govuk-hint">What the child should be able to do, for example by the end of the key stage.</div>
{{#OUTCOMES_ERROR}}
        <p id="outcomes-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/OUTCOMES_ERROR}}
        <textarea class="govuk-textarea {{OUTCOMES_INPUT_CLASS}}" id="outcomes" name="outcomes" rows="4" aria-describedby="outcomes-hint">{{OUTCOMES}}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Send advice</button>
    </form>
  </div>
</div>
