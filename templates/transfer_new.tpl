{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <a href="/children/{{CHILD_ID}}" class="govuk-back-link">Back to the record</a>
{{>ERROR_SUMMARY}}
    <span class="govuk-caption-l">{{CHILD_NAME}}</span>
    <h1 class="govuk-heading-l">Record a move to another council</h1>
    <p class="govuk-body">When a family with an EHC plan moves out of {{FROM}}'s area, {{FROM}} must pass the plan to the new council on the day of the move, or within 15 working days of hearing about it if that was less than 15 working days before (SEND Regulations 2014, regulation 15). The new council then has 6 weeks to tell the family it has the plan.</p>
    <p class="govuk-body">When you pass the plan on, the child's record, the plan and any open cases go to the new council with their whole history, and your team no longer sees them.</p>
    <form method="post" action="/children/{{CHILD_ID}}/move" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
{{>FORM_FIELDS}}
      <button type="submit" class="govuk-button" data-module="govuk-button">Record the move</button>
    </form>
  </div>
</div>
