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

{{>FORM_FIELDS}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Save</button>
    </form>
  </div>
</div>
